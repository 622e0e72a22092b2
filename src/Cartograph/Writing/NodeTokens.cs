namespace Cartograph.Writing;

/// <summary>
/// Each node's id as one format writes it (encoded, escaped, quoted), produced once while the node is
/// written and copied for every edge that names it: 5M edges would otherwise re-encode 10M ids.
/// Nodes are written in chunks, possibly in parallel, so each chunk of nodes keeps its tokens in its own
/// <see cref="Part"/>; a token is found by the node's position in the graph's ordinal order.
/// </summary>
internal sealed class NodeTokens
{
    private readonly int _chunkShift;
    private readonly int _chunkMask;
    private readonly Part?[] _parts;

    /// <param name="nodeCount">How many nodes there are.</param>
    /// <param name="chunkSize">Nodes per chunk, a power of two: the chunk of node i is i / chunkSize.</param>
    public NodeTokens(int nodeCount, int chunkSize)
    {
        if (chunkSize <= 0 || (chunkSize & (chunkSize - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(chunkSize), "must be a power of two");
        _chunkShift = System.Numerics.BitOperations.Log2((uint)chunkSize);
        _chunkMask = chunkSize - 1;
        _parts = new Part?[(nodeCount + chunkSize - 1) / chunkSize];
    }

    /// <summary>The tokens of one chunk of nodes, for the thread writing that chunk to fill in node order.</summary>
    public Part For(int chunk) => _parts[chunk] ??= new Part(_chunkMask + 1);

    public ReadOnlySpan<byte> this[int index] => _parts[index >> _chunkShift]![index & _chunkMask];

    /// <summary>Reads the first byte of a token, only to bring it into the cache ahead of its use.</summary>
    public int Touch(int index) => _parts[index >> _chunkShift]!.Touch(index & _chunkMask);

    internal sealed class Part
    {
        private readonly MemoryStream _store;
        private readonly Utf8Sink _sink;
        private readonly int[] _ends;
        private int _count;

        public Part(int capacity)
        {
            _store = new MemoryStream(capacity * 40);
            _sink = new Utf8Sink(_store);
            _ends = new int[capacity];
        }

        /// <summary>Starts the next node's token: write it into the returned sink, then call <see cref="End"/>.</summary>
        public Utf8Sink Begin() => _sink;

        /// <summary>Finishes the token started by <see cref="Begin"/> and returns it.</summary>
        public ReadOnlySpan<byte> End()
        {
            _sink.Flush();
            _ends[_count] = checked((int)_store.Length);
            return this[_count++];
        }

        public ReadOnlySpan<byte> this[int index]
        {
            get
            {
                int start = index == 0 ? 0 : _ends[index - 1];
                return _store.GetBuffer().AsSpan(start, _ends[index] - start);
            }
        }

        public int Touch(int index)
        {
            int start = index == 0 ? 0 : _ends[index - 1];
            var store = _store.GetBuffer();
            return start < store.Length ? store[start] : 0;
        }
    }
}
