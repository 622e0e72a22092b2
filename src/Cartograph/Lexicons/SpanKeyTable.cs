using System.Diagnostics.CodeAnalysis;

namespace Cartograph.Lexicons;

/// <summary>
/// A read-only hash table from string keys to values, looked up by span with a hash the caller computes once per
/// word (<see cref="FoldedKeys.Hash"/>). Open addressing over one array of (hash, entry) slots and the keys' characters in
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
