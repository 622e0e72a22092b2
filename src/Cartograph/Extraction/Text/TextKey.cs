using System.Runtime.CompilerServices;

namespace Cartograph.Extraction.Text;

/// <summary>
/// The normalised key of a word used for lexicon look-ups: lower case, a plural "s" dropped
/// ("transformers" and "transformer" share a key). Written into a caller's buffer so the
/// per-token path allocates nothing.
/// </summary>
public static class TextKey
{
    public const int MaxWordLength = 64;

    /// <summary>Writes the key of <paramref name="word"/> into <paramref name="buffer"/>; returns its length (0 when too long).</summary>
    public static int Write(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length) return 0;
        int n = word.Length;
        for (int i = 0; i < n; i++) buffer[i] = ToLowerFast(word[i]);
        return SingularLength(buffer[..n]);
    }

    /// <summary>The length of the key of <paramref name="word"/> without writing it (0 when too long): its characters are
    /// the word's first ones, lower-cased with <see cref="ToLowerFast"/>.</summary>
    public static int Length(ReadOnlySpan<char> word)
    {
        int n = word.Length;
        if (n > MaxWordLength) return 0;
        if (n > 3 && ToLowerFast(word[n - 1]) == 's' && ToLowerFast(word[n - 2]) is not ('s' or 'u' or 'i')) return n - 1;
        return n;
    }

    /// <summary>
    /// The hash of the key of <paramref name="word"/>, whose key is <paramref name="keyLength"/> long (see
    /// <see cref="Length"/>): what a word token carries (<see cref="Token.KeyHash"/>) and key tables look up; 0 when it
    /// has no key.
    /// </summary>
    public static uint Hash(ReadOnlySpan<char> word, int keyLength) =>
        keyLength == 0 ? 0 : Lexicons.FoldedKeys.HashFolded<Lexicons.TextKeyFold>(word, keyLength);

    /// <summary>The hash a token of <paramref name="word"/>, in any case, carries.</summary>
    public static uint Hash(ReadOnlySpan<char> word) => Hash(word, Length(word));

    public static string Of(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        if (word.Length > MaxWordLength) return word.ToString().ToLowerInvariant();
        int n = Write(word, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>Length after dropping a plural: "models" -> "model", "strategies" -> "strategy" is not attempted ("strategie").</summary>
    private static int SingularLength(ReadOnlySpan<char> lower)
    {
        int n = lower.Length;
        if (n > 3 && lower[n - 1] == 's' && lower[n - 2] != 's' && lower[n - 2] != 'u' && lower[n - 2] != 'i') return n - 1;
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char ToLowerFast(char c) =>
        c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) : char.ToLowerInvariant(c);
}
