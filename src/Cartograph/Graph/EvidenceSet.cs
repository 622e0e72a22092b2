namespace Cartograph.Graph;

/// <summary>The quotes of a node or an edge, in <see cref="Evidence"/> order (document, line, quote, speaker).</summary>
public sealed class EvidenceSet : SortedArraySet<Evidence, EvidenceSet.Order>
{
    public readonly struct Order : IComparer<Evidence>
    {
        public int Compare(Evidence? x, Evidence? y) => x is null ? (y is null ? 0 : -1) : x.CompareTo(y);
    }
}
