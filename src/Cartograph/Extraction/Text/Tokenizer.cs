using System.Runtime.CompilerServices;

namespace Cartograph.Extraction.Text;

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

    // what the char tests below say of each ASCII character, looked up instead of tested: most text is ASCII
    private const byte Other = 0, Space = 1, Digit = 2, Letter = 3;
    private static readonly byte[] s_asciiClass = AsciiClasses();

    private static byte[] AsciiClasses()
    {
        var classes = new byte[128];
        for (char c = (char)0; c < 128; c++) classes[c] = TestClass(c);
        return classes;
    }

    private static byte TestClass(char c) =>
        char.IsWhiteSpace(c) ? Space : char.IsDigit(c) ? Digit : char.IsLetter(c) ? Letter : Other;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ClassOf(char c) => c < 128 ? s_asciiClass[c] : TestClass(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDigit(char c) => c < 128 ? s_asciiClass[c] == Digit : char.IsDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetterOrDigit(char c) => c < 128 ? s_asciiClass[c] >= Digit : char.IsLetterOrDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetter(char c) => c < 128 ? s_asciiClass[c] == Letter : char.IsLetter(c);

    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        tokens.Clear();
        int i = start;
        bool joined = false;
        while (i < end)
        {
            char c = text[i];
            int kind = ClassOf(c);
            if (kind == Space)
            {
                joined = false;
                i++;
                continue;
            }
            int s = i;
            if (kind == Digit)
            {
                i++;
                while (i < end && (IsDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < end && IsDigit(text[i + 1]) && IsDigit(text[i - 1]))))
                    i++;
                // "4V", "2x", "14B": digits followed by letters form one word-like token
                if (i < end && IsLetter(text[i]))
                {
                    while (i < end && IsLetterOrDigit(text[i])) i++;
                    tokens.Add(WordToken(text, s, i - s, TokenKind.Word, joined));
                }
                else
                {
                    tokens.Add(WordToken(text, s, i - s, TokenKind.Number, joined));
                }
            }
            else if (kind == Letter)
            {
                i++;
                while (i < end)
                {
                    char d = text[i];
                    if (IsLetterOrDigit(d)) { i++; continue; }
                    // "Qwen2.5", "Llama3.1": a version written onto a name keeps its decimal point
                    if (d == '.' && IsDigit(text[i - 1]) && i + 1 < end && IsDigit(text[i + 1])) { i++; continue; }
                    // an apostrophe inside a word ("they're", "don't") stays in the word;
                    // a possessive "'s" is split off so "ByteDance's" yields "ByteDance".
                    if (d is '\'' or '\u2019' && i + 1 < end && IsLetter(text[i + 1]))
                    {
                        // only names take a possessive worth splitting; "that's", "let's" stay whole
                        bool possessive = (text[i + 1] is 's' or 'S') && (i + 2 >= end || !IsLetter(text[i + 2]))
                            && char.IsUpper(text[s]) && !IsContractionBase(text.AsSpan(s, i - s));
                        if (possessive) break;
                        i++;
                        continue;
                    }
                    break;
                }
                tokens.Add(WordToken(text, s, i - s, TokenKind.Word, joined));
            }
            else
            {
                i++;
                tokens.Add(new Token(s, 1, TokenKind.Punct, joined, 0, 0));
            }
            joined = true;
        }
    }

    /// <summary>A word or number token with the length and hash of its <see cref="TextKey"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Token WordToken(string text, int start, int length, TokenKind kind, bool joined)
    {
        var word = text.AsSpan(start, length);
        int keyLength = TextKey.Length(word);
        return new Token(start, length, kind, joined, (byte)keyLength, TextKey.Hash(word, keyLength));
    }
}
