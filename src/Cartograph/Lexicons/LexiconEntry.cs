using Cartograph.Graph;

namespace Cartograph.Lexicons;

[Flags]
public enum LexiconFlags
{
    None = 0,
    /// <summary>Match every cased letter exactly (set automatically on acronym-like forms).</summary>
    CaseSensitive = 1,
    /// <summary>An everyday word (Apple, Meta, Gemini): matches only when written capitalised.</summary>
    Capitalised = 2,
    /// <summary>Too common to make a node on its own ("attention"); still recognised inside longer names.</summary>
    Weak = 4,
    /// <summary>A field so broad ("machine learning", "AI") that however often a text says it, it is no node on its own.</summary>
    Broad = 8,
}

/// <summary>One thing the lexicon knows: its canonical label, type, other names and, for products, the maker.</summary>
public sealed record LexiconEntry(
    string Canonical,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    LexiconFlags Flags,
    string? Maker)
{
    public bool IsWeak => (Flags & LexiconFlags.Weak) != 0;
}
