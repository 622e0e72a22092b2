namespace Cartograph.Graph;

/// <summary>A node's documents or aliases, in ordinal order.</summary>
public sealed class SortedStrings : SortedArraySet<string, SortedStrings.Ordinal>
{
    public readonly struct Ordinal : IComparer<string>
    {
        public int Compare(string? x, string? y) => string.CompareOrdinal(x, y);
    }
}
