using Cartograph.Extraction.Text;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// "PyTorch Native", "Gemini with GPT-4": ordinary words after a known product or company are no new name, while a
/// version or a coined word is ("Gemini 2.0", "Llama-Adapter").
/// </summary>
internal static class KnownNameExtensions
{
    /// <summary>Whether tokens [<paramref name="from"/>, <paramref name="to"/>) after a known name make a new one: a number, a coined word or acronym, a hyphen.</summary>
    public static bool ExtendsWithVersionOrCoinedWord(string text, List<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Number) return true;
            if (t.Kind == TokenKind.Word && (NameShapes.IsCoined(text.AsSpan(t.Start, t.Length)) || NameShapes.IsAcronym(text.AsSpan(t.Start, t.Length))
                || char.IsDigit(text[t.Start]))) return true;
            if (t.Kind == TokenKind.Punct && t.Joined) return true; // "Llama-Adapter": one hyphenated name
        }
        return false;
    }

    /// <summary>"Gemini with GPT-4", "ChatGPT Plus and Claude": a connector word joins two names into one run.</summary>
    public static bool JoinsAnotherName(string text, List<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (tokens[k].Kind == TokenKind.Word && NameRuns.Connectors.Contains(text.AsSpan(tokens[k].Start, tokens[k].Length))) return true;
        return false;
    }
}
