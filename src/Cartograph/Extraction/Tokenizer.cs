namespace Cartograph.Extraction;

/// <summary>
/// Splits text into <see cref="Token"/>s without allocating strings: one pass over the characters,
/// tokens appended to a caller-owned list so the per-sentence buffers are reused.
/// </summary>
public static class Tokenizer
{
    private static readonly string[] s_contractionBases = ["that", "it", "there", "here", "what", "who", "he", "she", "let", "where", "one", "this", "how", "everyone", "nobody", "today", "now"];

    private static bool IsContractionBase(ReadOnlySpan<char> word)
    {
        foreach (var b in s_contractionBases)
            if (word.Equals(b, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        tokens.Clear();
        int i = start;
        bool joined = false;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                joined = false;
                i++;
                continue;
            }
            int s = i;
            if (char.IsDigit(c))
            {
                i++;
                while (i < end && (char.IsDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < end && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1]))))
                    i++;
                // "4V", "2x", "14B": digits followed by letters form one word-like token
                if (i < end && char.IsLetter(text[i]))
                {
                    while (i < end && char.IsLetterOrDigit(text[i])) i++;
                    tokens.Add(new Token(s, i - s, TokenKind.Word, joined));
                }
                else
                {
                    tokens.Add(new Token(s, i - s, TokenKind.Number, joined));
                }
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < end)
                {
                    char d = text[i];
                    if (char.IsLetterOrDigit(d)) { i++; continue; }
                    // an apostrophe inside a word ("they're", "don't") stays in the word;
                    // a possessive "'s" is split off so "ByteDance's" yields "ByteDance".
                    if (d is '\'' or '\u2019' && i + 1 < end && char.IsLetter(text[i + 1]))
                    {
                        // only names take a possessive worth splitting; "that's", "let's" stay whole
                        bool possessive = (text[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2]))
                            && char.IsUpper(text[s]) && !IsContractionBase(text.AsSpan(s, i - s));
                        if (possessive) break;
                        i++;
                        continue;
                    }
                    break;
                }
                tokens.Add(new Token(s, i - s, TokenKind.Word, joined));
            }
            else
            {
                i++;
                tokens.Add(new Token(s, 1, TokenKind.Punct, joined));
            }
            joined = true;
        }
    }
}
