using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Cartograph.Extraction;

namespace Cartograph.Lexicons;

/// <summary>
/// A read-only hash table from string keys to values, looked up by span with a hash the caller computes once per
/// word (<see cref="Hash"/>). Open addressing over one array of (hash, entry) slots and the keys' characters in
/// one buffer, so a probe touches two or three cache lines instead of a dictionary's buckets, entries and strings.
/// </summary>
internal sealed class SpanKeyTable<TValue> where TValue : class
{
    private readonly ulong[] _slots; // hash in the high half, entry + 1 in the low half; 0 is empty
    private readonly int _mask;
    private readonly char[] _chars;
    private readonly int[] _starts; // entry e's key is _chars[_starts[e].._starts[e + 1]]
    private readonly TValue[] _values;
    private readonly ulong _shapes; // a bit per (first character, length) of the keys starting with an ASCII character
    private readonly KeyHashFilter? _filter;
    private const int MinFilteredCount = 256;

    public SpanKeyTable(ICollection<KeyValuePair<string, TValue>> items)
    {
        int capacity = 4;
        while (capacity < items.Count * 2) capacity *= 2;
        _slots = new ulong[capacity];
        _mask = capacity - 1;
        _values = new TValue[items.Count];
        _starts = new int[items.Count + 1];
        var hashes = new List<uint>(items.Count >= MinFilteredCount ? items.Count : 0);
        int chars = 0;
        foreach (var item in items) chars += item.Key.Length;
        _chars = new char[chars];
        int e = 0, at = 0;
        foreach (var (key, value) in items)
        {
            key.CopyTo(_chars.AsSpan(at));
            _starts[e] = at;
            at += key.Length;
            _values[e] = value;
            uint hash = FoldedKeys.Hash(key);
            int i = (int)hash & _mask;
            while (_slots[i] != 0) i = (i + 1) & _mask;
            _slots[i] = ((ulong)hash << 32) | (uint)(e + 1);
            if (items.Count >= MinFilteredCount) hashes.Add(hash);
            if (key.Length > 0 && key[0] < 128) _shapes |= 1UL << Shape(key[0], key.Length);
            e++;
        }
        _starts[e] = at;
        // a small table (a trie node's children, a document's names) is probed as fast as the filter is built
        _filter = items.Count >= MinFilteredCount ? new KeyHashFilter(hashes, bitsPerKey: 8) : null;
    }

    public int Count => _values.Length;

    private static int Shape(char first, int length) => (first * 31 + length) & 63;

    /// <summary>
    /// False when no key can be the key of a word starting with <paramref name="first"/> whose key is
    /// <paramref name="keyLength"/> long (a cheap test before hashing; useful for small tables).
    /// </summary>
    public bool MayContain(char first, int keyLength)
    {
        if (first >= 128) return true;
        if (first is >= 'A' and <= 'Z') first = (char)(first + 32);
        return (_shapes & (1UL << Shape(first, keyLength))) != 0;
    }

    /// <summary>Looks up the key of a word (see <see cref="FoldedKeys.HashFolded{TFold}"/>) without writing it.</summary>
    public bool TryGetFolded<TFold>(ReadOnlySpan<char> word, int keyLength, uint hash, [MaybeNullWhen(false)] out TValue value)
        where TFold : ICharFold
    {
        if (_filter is not null && !_filter.MayContain(hash))
        {
            value = null;
            return false;
        }
        int i = (int)hash & _mask;
        while (true)
        {
            ulong slot = _slots[i];
            if (slot == 0) break;
            if ((uint)(slot >> 32) == hash)
            {
                int e = (int)(uint)slot - 1;
                int start = _starts[e];
                if (_starts[e + 1] - start == keyLength && FoldedKeys.FoldedEquals<TFold>(_chars.AsSpan(start, keyLength), word))
                {
                    value = _values[e];
                    return true;
                }
            }
            i = (i + 1) & _mask;
        }
        value = null;
        return false;
    }
}

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
