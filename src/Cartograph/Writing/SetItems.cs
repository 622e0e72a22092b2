namespace Cartograph.Writing;

/// <summary>
/// Enumerates a (possibly missing) sorted set in order without allocating when it has one or two
/// elements (<see cref="SortedSet{T}.Min"/>, then <see cref="SortedSet{T}.Max"/>), the common case for
/// aliases, documents and quotes: SortedSet's own enumerator allocates a stack every time, which is
/// millions of allocations per large graph.
/// </summary>
internal readonly struct SetItems<T>(SortedSet<T>? set)
{
    public Enumerator GetEnumerator() => new(set);

    public struct Enumerator
    {
        private readonly SortedSet<T>? _set;
        private readonly int _count;
        private readonly bool _large;
        private SortedSet<T>.Enumerator _walk;
        private int _position;

        public Enumerator(SortedSet<T>? set)
        {
            _set = set;
            _count = set?.Count ?? 0;
            _large = _count > 2;
            if (_large) _walk = set!.GetEnumerator();
        }

        public readonly T Current => _large ? _walk.Current : _position == 1 ? _set!.Min! : _set!.Max!;

        public bool MoveNext()
        {
            if (_large) return _walk.MoveNext();
            if (_position == _count) return false;
            _position++;
            return true;
        }
    }
}

internal static class SetItems
{
    public static SetItems<T> Of<T>(SortedSet<T>? set) => new(set);
}
