namespace Cartograph.Writing;

/// <summary>
/// Each node's id as one format writes it (encoded, escaped, quoted), produced once while the node is
/// written and copied for every edge that names it: 5M edges would otherwise re-encode 10M ids.
/// All tokens live in one byte store, indexed by the node's position in the graph's ordinal order.
/// </summary>
internal sealed class NodeTokens
{
    private readonly MemoryStream _store;
    private readonly Utf8Sink _sink;
    private readonly int[] _ends;
    private int _count;

    public NodeTokens(int nodeCount)
    {
        _store = new MemoryStream(Math.Max(256, nodeCount * 32));
        _sink = new Utf8Sink(_store);
        _ends = new int[nodeCount];
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

    /// <summary>Reads the first byte of a token, only to bring it into the cache ahead of its use.</summary>
    public int Touch(int index)
    {
        int start = index == 0 ? 0 : _ends[index - 1];
        var store = _store.GetBuffer();
        return start < store.Length ? store[start] : 0;
    }

    public ReadOnlySpan<byte> this[int index]
    {
        get
        {
            int start = index == 0 ? 0 : _ends[index - 1];
            return _store.GetBuffer().AsSpan(start, _ends[index] - start);
        }
    }
}
