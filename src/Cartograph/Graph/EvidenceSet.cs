using System.Collections;

namespace Cartograph.Graph;

/// <summary>
/// The quotes of a node or an edge: a set kept in <see cref="Evidence"/> order in one array. Graphs
/// keep a handful of quotes per element (see <c>GraphAccumulator.MaxEvidence</c>) on millions of
/// elements, where a <see cref="SortedSet{T}"/> costs a tree node per quote plus a large header:
/// about 120 bytes for one quote and 450 for eight, against 64 and 120 here. Adding is an insertion
/// into a short array, which beats a tree at these sizes.
/// </summary>
public sealed class EvidenceSet : IReadOnlyCollection<Evidence>
{
    private Evidence[] _items = [];
    private int _count;

    public int Count => _count;

    /// <summary>The smallest quote (first document, first line), or null when empty.</summary>
    public Evidence? Min => _count > 0 ? _items[0] : null;

    /// <summary>The largest quote, or null when empty.</summary>
    public Evidence? Max => _count > 0 ? _items[_count - 1] : null;

    /// <summary>The quotes in order, for readers that must not allocate (the writers).</summary>
    public ReadOnlySpan<Evidence> Items => _items.AsSpan(0, _count);

    /// <summary>Adds a quote unless an equal one is there; true if it was added.</summary>
    public bool Add(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        int at = Array.BinarySearch(_items, 0, _count, evidence);
        if (at >= 0) return false;
        at = ~at;
        if (_count == _items.Length)
        {
            // exact small sizes: most elements of a large graph have one or two quotes
            var grown = new Evidence[_count < 2 ? _count + 1 : _count * 2];
            Array.Copy(_items, grown, _count);
            _items = grown;
        }
        Array.Copy(_items, at, _items, at + 1, _count - at);
        _items[at] = evidence;
        _count++;
        return true;
    }

    public bool Contains(Evidence evidence) => Array.BinarySearch(_items, 0, _count, evidence) >= 0;

    public bool Remove(Evidence evidence)
    {
        int at = Array.BinarySearch(_items, 0, _count, evidence);
        if (at < 0) return false;
        _count--;
        Array.Copy(_items, at + 1, _items, at, _count - at);
        _items[_count] = null!;
        return true;
    }

    /// <summary>Removes the largest quote (a capped set making room for a smaller one).</summary>
    internal void RemoveMax()
    {
        _count--;
        _items[_count] = null!;
    }

    public void Clear()
    {
        _items = [];
        _count = 0;
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<Evidence> IEnumerable<Evidence>.GetEnumerator()
    {
        for (int i = 0; i < _count; i++) yield return _items[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<Evidence>)this).GetEnumerator();

    /// <summary>Enumerates without allocating.</summary>
    public struct Enumerator(EvidenceSet set)
    {
        private int _index = -1;

        public readonly Evidence Current => set._items[_index];

        public bool MoveNext() => ++_index < set._count;
    }
}
