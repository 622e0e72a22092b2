namespace Cartograph.Extraction;

public enum TokenKind : byte
{
    /// <summary>Letters (and digits) such as "TalkVerse", "they're", "GPT", "4V".</summary>
    Word,
    /// <summary>A number, possibly with a decimal point: "1.5", "14".</summary>
    Number,
    /// <summary>A single punctuation or symbol character.</summary>
    Punct,
}

/// <summary>
/// A token of a sentence: a span of the document's content. <see cref="Joined"/> is true when no
/// whitespace separates it from the previous token, which is how "KFS-Bench" stays one name
/// while "HeyGen, Synthesia" does not.
/// </summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind, bool Joined)
{
    public int End => Start + Length;
}
