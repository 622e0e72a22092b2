using System.Collections;

namespace Cartograph.Graph;

/// <summary>
/// The quotes of a node or an edge: a set kept in <see cref="Evidence"/> order in one array. Graphs
/// keep a handful of quotes per element (see <c>GraphAccumulator.MaxEvidence</c>) on millions of
/// elements, where a <see cref="SortedSet{T}"/> costs a tree node per quote plus a large header:
/// about 120 bytes for one quote and 450 for eight, against 40 and 128 here. Adding is an insertion
/// into a short array, which beats a tree at these sizes.
/// </summary>
public sealed class EvidenceSet : IReadOnlyCollection<Evidence>
{
    // Most edges of a large graph have one quote: it is held in _one, and the array is made for the second.
    private Evidence? _one;
    private Evidence[]? _many;
    private int _count;

    public int Count => _count;

    /// <summary>The smallest quote (first document, first line), or null when empty.</summary>
    public Evidence? Min => _count == 0 ? null : _many is null ? _one : _many[0];

    /// <summary>The largest quote, or null when empty.</summary>
    public Evidence? Max => _count == 0 ? null : _many is null ? _one : _many[_count - 1];

    /// <summary>The quotes in order, for readers that must not allocate (the writers).</summary>
    public ReadOnlySpan<Evidence> Items =>
        _many is not null ? _many.AsSpan(0, _count) : _count == 1 ? new ReadOnlySpan<Evidence>(in _one!) : default;

    /// <summary>Adds a quote unless an equal one is there; true if it was added.</summary>
    public bool Add(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (_count == 0)
        {
            _one = evidence;
            _count = 1;
            return true;
        }
        if (_many is null)
        {
            int c = evidence.CompareTo(_one);
            if (c == 0) return false;
            _many = c < 0 ? [evidence, _one!] : [_one!, evidence];
            _one = null;
            _count = 2;
            return true;
        }
        int at = Array.BinarySearch(_many, 0, _count, evidence);
        if (at >= 0) return false;
        at = ~at;
        if (_count == _many.Length) Array.Resize(ref _many, _count * 2);
        Array.Copy(_many, at, _many, at + 1, _count - at);
        _many[at] = evidence;
        _count++;
        return true;
    }

    public bool Contains(Evidence evidence) => Items.BinarySearch(evidence) >= 0;

    public bool Remove(Evidence evidence)
    {
        int at = Items.BinarySearch(evidence);
        if (at < 0) return false;
        RemoveAt(at);
        return true;
    }

    /// <summary>Removes the largest quote (a capped set making room for a smaller one).</summary>
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

    IEnumerator<Evidence> IEnumerable<Evidence>.GetEnumerator()
    {
        for (int i = 0; i < _count; i++) yield return _many is null ? _one! : _many[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<Evidence>)this).GetEnumerator();

    /// <summary>Enumerates without allocating.</summary>
    public struct Enumerator(EvidenceSet set)
    {
        private int _index = -1;

        public readonly Evidence Current => set._many is null ? set._one! : set._many[_index];

        public bool MoveNext() => ++_index < set._count;
    }
}
