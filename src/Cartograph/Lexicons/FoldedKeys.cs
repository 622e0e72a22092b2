using System.Runtime.CompilerServices;
using Cartograph.Extraction;

namespace Cartograph.Lexicons;

/// <summary>
/// The hash and comparison of <see cref="SpanKeyTable{TValue}"/> keys. Not generic over the table's values: in the
/// shared code of a table of references, a call to a generic method of the generic class went through a run-time
/// dictionary look-up on every probe.
/// </summary>
internal static class FoldedKeys
{
    private const uint FnvOffset = 2166136261, FnvPrime = 16777619;

    /// <summary>FNV-1a over the characters, with a final mix so the low bits spread.</summary>
    public static uint Hash(ReadOnlySpan<char> key)
    {
        uint h = FnvOffset;
        foreach (char c in key) h = (h ^ c) * FnvPrime;
        return h ^ (h >> 15);
    }

    /// <summary>
    /// The <see cref="Hash"/> of the key of a word: its first <paramref name="keyLength"/> characters folded by
    /// <typeparamref name="TFold"/>, computed without writing the key.
    /// </summary>
    public static uint HashFolded<TFold>(ReadOnlySpan<char> word, int keyLength) where TFold : ICharFold
    {
        // ASCII (lower-cased the same by every fold) in a tight loop without calls; anything else in the general loop
        uint h = FnvOffset;
        for (int i = 0; i < keyLength; i++)
        {
            uint c = word[i];
            if (c >= 128) return HashFoldedAnyChar<TFold>(word, keyLength);
            if (c - 'A' <= 'Z' - 'A') c += 32;
            h = (h ^ c) * FnvPrime;
        }
        return h ^ (h >> 15);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static uint HashFoldedAnyChar<TFold>(ReadOnlySpan<char> word, int keyLength) where TFold : ICharFold
    {
        uint h = FnvOffset;
        for (int i = 0; i < keyLength; i++) h = (h ^ Fold<TFold>(word[i])) * FnvPrime;
        return h ^ (h >> 15);
    }

    /// <summary>Whether <paramref name="key"/> is the key of the word: its first key.Length characters, folded.</summary>
    internal static bool FoldedEquals<TFold>(ReadOnlySpan<char> key, ReadOnlySpan<char> word) where TFold : ICharFold
    {
        for (int j = 0; j < key.Length; j++)
        {
            uint c = word[j];
            if (c >= 128) return FoldedEqualsAnyChar<TFold>(key, word);
            if (c - 'A' <= 'Z' - 'A') c += 32;
            if (key[j] != c) return false;
        }
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool FoldedEqualsAnyChar<TFold>(ReadOnlySpan<char> key, ReadOnlySpan<char> word) where TFold : ICharFold
    {
        for (int j = 0; j < key.Length; j++)
            if (key[j] != Fold<TFold>(word[j])) return false;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Fold<TFold>(char c) where TFold : ICharFold =>
        c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) : TFold.FoldNonAscii(c);
}

/// <summary>How a word's characters become a key's: ASCII is lower-cased; the rest as the fold says.</summary>
internal interface ICharFold
{
    static abstract char FoldNonAscii(char c);
}

/// <summary>The fold of <see cref="TextKey"/>: lower case (invariant).</summary>
internal readonly struct TextKeyFold : ICharFold
{
    public static char FoldNonAscii(char c) => char.ToLowerInvariant(c);
}
