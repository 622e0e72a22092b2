namespace Cartograph.Graph;

/// <summary>Where a node or edge was seen: a document, a 1-based line, the speaker (if any) and the sentence.</summary>
public sealed record Evidence(string Document, int Line, string? Speaker, string Quote) : IComparable<Evidence>
{
    /// <summary>Evidence is kept in (document, line, quote) order so every output is independent of processing order.</summary>
    public int CompareTo(Evidence? other)
    {
        if (other is null) return 1;
        int c = string.CompareOrdinal(Document, other.Document);
        if (c != 0) return c;
        c = Line.CompareTo(other.Line);
        if (c != 0) return c;
        c = string.CompareOrdinal(Quote, other.Quote);
        return c != 0 ? c : string.CompareOrdinal(Speaker, other.Speaker);
    }
}
