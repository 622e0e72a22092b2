using System.Collections;

namespace Cartograph.Graph;

/// <summary>
/// A set of strings in ordinal order, kept in one array: a node's documents and aliases. A popular node
/// of a large corpus lists tens of thousands of documents, and millions of (node, document) pairs in a
/// <see cref="SortedSet{T}"/> cost a 48-byte tree node each, against a reference (8 bytes) here.
/// Adding one at a time is an insertion into the array; the resolver fills a set in one go instead.
/// </summary>
public sealed class SortedStrings : IReadOnlyCollection<string>
{
    private string[] _items = [];
    private int _count;

    public int Count => _count;

    public string? Min => _count > 0 ? _items[0] : null;

    public string? Max => _count > 0 ? _items[_count - 1] : null;

    /// <summary>The strings in order, for readers that must not allocate (the writers).</summary>
    public ReadOnlySpan<string> Items => _items.AsSpan(0, _count);

    public bool Add(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int at = Array.BinarySearch(_items, 0, _count, value, StringComparer.Ordinal);
        if (at >= 0) return false;
        at = ~at;
        if (_count == _items.Length)
        {
            var grown = new string[_count < 2 ? _count + 1 : _count * 2];
            Array.Copy(_items, grown, _count);
            _items = grown;
        }
        Array.Copy(_items, at, _items, at + 1, _count - at);
        _items[at] = value;
        _count++;
        return true;
    }

    /// <summary>Adds many at once: one sort instead of an insertion each.</summary>
    public void UnionWith(IEnumerable<string> values)
    {
        var all = new List<string>(_count + (values is ICollection<string> c ? c.Count : 0));
        all.AddRange(Items.ToArray());
        all.AddRange(values);
        all.Sort(StringComparer.Ordinal);
        int kept = 0;
        for (int i = 0; i < all.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(all[i], nameof(values));
            if (kept == 0 || all[i] != all[kept - 1]) all[kept++] = all[i];
        }
        all.RemoveRange(kept, all.Count - kept);
        _items = [.. all];
        _count = kept;
    }

    public bool Contains(string value) => Array.BinarySearch(_items, 0, _count, value, StringComparer.Ordinal) >= 0;

    public bool Remove(string value)
    {
        int at = Array.BinarySearch(_items, 0, _count, value, StringComparer.Ordinal);
        if (at < 0) return false;
        _count--;
        Array.Copy(_items, at + 1, _items, at, _count - at);
        _items[_count] = null!;
        return true;
    }

    public void Clear()
    {
        _items = [];
        _count = 0;
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<string> IEnumerable<string>.GetEnumerator()
    {
        for (int i = 0; i < _count; i++) yield return _items[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<string>)this).GetEnumerator();

    /// <summary>Enumerates without allocating.</summary>
    public struct Enumerator(SortedStrings set)
    {
        private int _index = -1;

        public readonly string Current => set._items[_index];

        public bool MoveNext() => ++_index < set._count;
    }
}
