using Cartograph.Extraction.Text;

namespace Cartograph.Extraction.Discovery;

/// <summary>The shape of the token a name would start at: what a discovery rule declares it can be triggered by.</summary>
[Flags]
internal enum TokenShapes : byte
{
    None = 0,
    /// <summary>A word whose first letter is upper case: "TalkVerse", "GRPO", "Masked".</summary>
    CapitalisedWord = 1,
    /// <summary>A word whose first letter is lower case: "bimodally-conditioned".</summary>
    LowerCaseWord = 2,
    /// <summary>A word that opens with neither: a digit ("4-bit"), a letter without case.</summary>
    OtherWord = 4,
    Number = 8,
    Punctuation = 16,
}

internal static class TokenShape
{
    /// <summary>The number of single shapes, each one bit of <see cref="TokenShapes"/>.</summary>
    public const int Count = 5;

    public static TokenShapes Of(string text, in Token token) => token.Kind switch
    {
        TokenKind.Punct => TokenShapes.Punctuation,
        TokenKind.Number => TokenShapes.Number,
        _ when char.IsUpper(text[token.Start]) => TokenShapes.CapitalisedWord,
        _ when char.IsLower(text[token.Start]) => TokenShapes.LowerCaseWord,
        _ => TokenShapes.OtherWord,
    };
}
