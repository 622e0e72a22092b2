namespace Cartograph.Extraction;

/// <summary>Matches cue phrases (lower-case word sequences) against the word tokens of a sentence.</summary>
public static class CueMatcher
{
    /// <summary>Length in tokens of the cue phrase starting at token <paramref name="at"/>, or 0.</summary>
    public static int MatchAt(string text, List<Token> tokens, int at, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (at + phrase.Length > tokens.Count) continue;
            bool ok = true;
            for (int k = 0; k < phrase.Length && ok; k++)
            {
                var t = tokens[at + k];
                ok = t.Kind != TokenKind.Punct && WordEquals(text.AsSpan(t.Start, t.Length), phrase[k]);
            }
            if (ok) return phrase.Length;
        }
        return 0;
    }

    /// <summary>True when any cue phrase occurs in tokens [from, to).</summary>
    public static bool Contains(string text, List<Token> tokens, int from, int to, string[][] phrases)
    {
        for (int i = Math.Max(0, from); i < to && i < tokens.Count; i++)
            if (MatchAt(text, tokens, i, phrases) > 0) return true;
        return false;
    }

    /// <summary>Index of the first token of the last cue phrase that ends before <paramref name="before"/>, or -1.</summary>
    public static int LastBefore(string text, List<Token> tokens, int before, string[][] phrases)
    {
        for (int i = before - 1; i >= 0; i--)
        {
            int n = MatchAt(text, tokens, i, phrases);
            if (n > 0 && i + n <= before) return i;
        }
        return -1;
    }

    public static bool WordEquals(ReadOnlySpan<char> word, string lower)
    {
        // "one's" matches "one": a contracted "is" does not change the cue
        if (word.Length == lower.Length + 2 && word[^2] is '\'' or '\u2019' && word[^1] == 's' && !lower.Contains('\''))
            word = word[..^2];
        if (word.Length != lower.Length) return false;
        for (int i = 0; i < word.Length; i++)
        {
            char c = char.ToLowerInvariant(word[i]);
            if (c == '\u2019') c = '\'';
            if (c != lower[i]) return false;
        }
        return true;
    }
}
