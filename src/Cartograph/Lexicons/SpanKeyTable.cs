using System.Diagnostics.CodeAnalysis;

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

    public SpanKeyTable(ICollection<KeyValuePair<string, TValue>> items)
    {
        int capacity = 4;
        while (capacity < items.Count * 2) capacity *= 2;
        _slots = new ulong[capacity];
        _mask = capacity - 1;
        _values = new TValue[items.Count];
        _starts = new int[items.Count + 1];
        _chars = new char[items.Sum(i => i.Key.Length)];
        int e = 0, at = 0;
        foreach (var (key, value) in items)
        {
            key.CopyTo(_chars.AsSpan(at));
            _starts[e] = at;
            at += key.Length;
            _values[e] = value;
            uint hash = Hash(key);
            int i = (int)hash & _mask;
            while (_slots[i] != 0) i = (i + 1) & _mask;
            _slots[i] = ((ulong)hash << 32) | (uint)(e + 1);
            e++;
        }
        _starts[e] = at;
    }

    public int Count => _values.Length;

    /// <summary>FNV-1a over the characters, with a final mix so the low bits spread.</summary>
    public static uint Hash(ReadOnlySpan<char> key)
    {
        uint h = 2166136261;
        foreach (char c in key) h = (h ^ c) * 16777619;
        return h ^ (h >> 15);
    }

    public bool TryGetValue(ReadOnlySpan<char> key, uint hash, [MaybeNullWhen(false)] out TValue value)
    {
        int i = (int)hash & _mask;
        while (true)
        {
            ulong slot = _slots[i];
            if (slot == 0) break;
            if ((uint)(slot >> 32) == hash)
            {
                int e = (int)(uint)slot - 1;
                int start = _starts[e];
                if (_chars.AsSpan(start, _starts[e + 1] - start).SequenceEqual(key))
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
