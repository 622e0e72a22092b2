namespace Cartograph.Extraction.Text;

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
/// <para><see cref="KeyLength"/> and <see cref="KeyHash"/> are the length and hash of the word's <see cref="TextKey"/>
/// (0 for punctuation and for words too long to have one), computed as the word is read: every lexicon look-up of
/// the word, at its own place and from the word before it, starts from them.</para>
/// </summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind, bool Joined, byte KeyLength, uint KeyHash)
{
    public int End => Start + Length;
}
