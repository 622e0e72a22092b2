namespace Cartograph.Writing;

/// <summary>
/// Enumerates a (possibly missing) sorted set in order without allocating when it has one element,
/// the common case for aliases, documents and quotes: SortedSet's own enumerator allocates a stack
/// every time, which is millions of allocations per large graph.
/// </summary>
internal readonly struct SetItems<T>(SortedSet<T>? set)
{
    public Enumerator GetEnumerator() => new(set);

    public struct Enumerator
    {
        private readonly T? _single;
        private SortedSet<T>.Enumerator _many;
        private readonly int _count;
        private bool _started;
        private bool _multi;

        public Enumerator(SortedSet<T>? set)
        {
            _count = set?.Count ?? 0;
            if (_count == 1) _single = set!.Min;
            else if (_count > 1)
            {
                _many = set!.GetEnumerator();
                _multi = true;
            }
        }

        public readonly T Current => _multi ? _many.Current : _single!;

        public bool MoveNext()
        {
            if (_multi) return _many.MoveNext();
            if (_started || _count == 0) return false;
            _started = true;
            return true;
        }
    }
}

internal static class SetItems
{
    public static SetItems<T> Of<T>(SortedSet<T>? set) => new(set);
}
