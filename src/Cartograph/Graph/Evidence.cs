using System.Text;

namespace Cartograph.Graph;

/// <summary>
/// Where a node or edge was seen: a document, a 1-based line, the speaker (if any) and the sentence.
/// <para>
/// A large graph holds millions of quotes, the biggest part of its memory, so quotes made while
/// folding a corpus are kept as UTF-8 (half the bytes of a string for the usual English text) and
/// decoded when read. Such quotes also carry their rank among the sentences of their document, so
/// ordering them never needs the text.
/// </para>
/// </summary>
public sealed class Evidence : IComparable<Evidence>, IEquatable<Evidence>
{
    private readonly object _quote; // string, or the arena chunk holding the UTF-8 bytes at _offset
    private readonly object? _document; // identifies one folded document: ranks compare only within it
    private readonly int _rank;
    private readonly int _offset;
    private readonly int _length;

    public Evidence(string document, int line, string? speaker, string quote)
    {
        Document = document;
        Line = line;
        Speaker = speaker;
        _quote = quote;
    }

    /// <param name="arena">Where the quote's bytes are kept.</param>
    /// <param name="folded">The same object for every quote of one folded document.</param>
    /// <param name="rank">Position of the sentence in the document's (line, quote, speaker) order.</param>
    internal Evidence(string document, int line, string? speaker, string quote, QuoteArena arena, object folded, int rank)
    {
        Document = document;
        Line = line;
        Speaker = speaker;
        _quote = arena.Add(quote, out _offset, out _length);
        _document = folded;
        _rank = rank;
    }

    public string Document { get; }
    public int Line { get; }
    public string? Speaker { get; }
    public string Quote => _quote as string ?? Encoding.UTF8.GetString(Utf8Quote);

    /// <summary>The quote's UTF-8 bytes when it is kept so (empty otherwise), for writers that copy it without decoding.</summary>
    internal ReadOnlySpan<byte> Utf8Quote => _quote is byte[] bytes ? bytes.AsSpan(_offset, _length) : default;

    /// <summary>Evidence is kept in (document, line, quote, speaker) order so every output is independent of processing order.</summary>
    public int CompareTo(Evidence? other)
    {
        if (other is null) return 1;
        if (ReferenceEquals(this, other)) return 0;
        int c = string.CompareOrdinal(Document, other.Document);
        if (c != 0) return c;
        c = Line.CompareTo(other.Line);
        if (c != 0) return c;
        // two sentences of one folded document: their ranks are the order below, without decoding
        if (_document is not null && ReferenceEquals(_document, other._document)) return _rank.CompareTo(other._rank);
        c = string.CompareOrdinal(Quote, other.Quote);
        return c != 0 ? c : string.CompareOrdinal(Speaker, other.Speaker);
    }

    public bool Equals(Evidence? other) => CompareTo(other) == 0;

    public override bool Equals(object? obj) => obj is Evidence other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Document, Line);

    public override string ToString() => $"{Document}:{Line} {(Speaker is null ? "" : Speaker + ": ")}{Quote}";
}
