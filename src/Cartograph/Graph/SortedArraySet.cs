using System.Collections;

namespace Cartograph.Graph;

/// <summary>
/// A small set kept in order in one array: the quotes, documents and aliases of the nodes and edges of a
/// graph. There are millions of these sets in a large graph and most hold one or two items, where a
/// <see cref="SortedSet{T}"/> costs a tree node per item plus a large header (about 120 bytes for one
/// item, 450 for eight). Here a set of one holds its item inline (40 bytes) and larger ones an exact-size
/// array; adding is an insertion into a short array, which beats a tree at these sizes. The order is a
/// struct comparer, so it costs no field per set and its calls are inlined.
/// </summary>
public abstract class SortedArraySet<T, TOrder> : IReadOnlyCollection<T>
    where T : class
    where TOrder : struct, IComparer<T>
{
    private T? _one; // the item while there is only one
    private T[]? _many;
    private int _count;

    public int Count => _count;

    /// <summary>The smallest item, or null when empty.</summary>
    public T? Min => _count == 0 ? null : _many is null ? _one : _many[0];

    /// <summary>The largest item, or null when empty.</summary>
    public T? Max => _count == 0 ? null : _many is null ? _one : _many[_count - 1];

    /// <summary>The items in order, for readers that must not allocate (the writers).</summary>
    public ReadOnlySpan<T> Items =>
        _many is not null ? _many.AsSpan(0, _count) : _count == 1 ? new ReadOnlySpan<T>(in _one!) : default;

    /// <summary>Adds an item unless an equal one is there; true if it was added.</summary>
    public bool Add(T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (_count == 0)
        {
            _one = item;
            _count = 1;
            return true;
        }
        if (_many is null)
        {
            int c = default(TOrder).Compare(item, _one);
            if (c == 0) return false;
            _many = c < 0 ? [item, _one!] : [_one!, item];
            _one = null;
            _count = 2;
            return true;
        }
        int at = Items.BinarySearch(item, default(TOrder));
        if (at >= 0) return false;
        at = ~at;
        if (_count == _many.Length) Array.Resize(ref _many, _count * 2);
        Array.Copy(_many, at, _many, at + 1, _count - at);
        _many[at] = item;
        _count++;
        return true;
    }

    /// <summary>Adds many at once: one sort instead of an insertion each.</summary>
    public void UnionWith(IEnumerable<T> items)
    {
        // sized once when the count is known: a node of a large corpus can list tens of thousands of documents
        var all = new List<T>(_count + (items is ICollection<T> known ? known.Count : 0));
        foreach (var item in Items) all.Add(item);
        foreach (var item in items) all.Add(item ?? throw new ArgumentNullException(nameof(items)));
        all.Sort(default(TOrder));
        int kept = 0;
        for (int i = 0; i < all.Count; i++)
            if (kept == 0 || default(TOrder).Compare(all[i], all[kept - 1]) != 0) all[kept++] = all[i];
        Clear();
        if (kept == 1) (_one, _count) = (all[0], 1);
        else if (kept > 1)
        {
            all.RemoveRange(kept, all.Count - kept);
            (_many, _count) = (all.ToArray(), kept);
        }
    }

    public bool Contains(T item) => Items.BinarySearch(item, default(TOrder)) >= 0;

    public bool Remove(T item)
    {
        int at = Items.BinarySearch(item, default(TOrder));
        if (at < 0) return false;
        RemoveAt(at);
        return true;
    }

    /// <summary>Removes the largest item (a capped set making room for a smaller one).</summary>
    internal void RemoveMax() => RemoveAt(_count - 1);

    private void RemoveAt(int at)
    {
        _count--;
        if (_many is null)
        {
            _one = null;
            return;
        }
        Array.Copy(_many, at + 1, _many, at, _count - at);
        _many[_count] = null!;
    }

    public void Clear()
    {
        _one = null;
        _many = null;
        _count = 0;
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator()
    {
        for (int i = 0; i < _count; i++) yield return _many is null ? _one! : _many[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    /// <summary>Enumerates without allocating.</summary>
    public struct Enumerator(SortedArraySet<T, TOrder> set)
    {
        private int _index = -1;

        public readonly T Current => set._many is null ? set._one! : set._many[_index];

        public bool MoveNext() => ++_index < set._count;
    }
}
