using Cartograph.Graph;
using System.Runtime.ExceptionServices;

namespace Cartograph.Writing;

/// <summary>
/// Formats a run of elements (nodes or edges) in fixed-size chunks, on as many threads as there are
/// cores, and appends the chunks to the output in order, so the bytes are the same as formatting them
/// one after another. Each chunk gets its own state (buffers, escapers) and writes into its own
/// <see cref="BlockBuffer"/>; chunks are formatted in waves of two per core to bound memory, and a
/// wave's blocks are handed to the output without copying. On one core, or for one chunk, everything
/// runs on the calling thread straight into the output.
/// </summary>
internal static class ParallelChunks
{
    /// <summary>
    /// A wave holds two chunks per worker in memory (a few MB each); past a handful of threads the disk,
    /// not formatting, is the limit, so more would only cost memory.
    /// </summary>
    private const int MaxWorkers = 8;

    /// <summary>Formats elements [from, to), which are chunk number <paramref name="chunk"/>, into <paramref name="sink"/>.</summary>
    public delegate void Format<TState>(TState state, Utf8Sink sink, int chunk, int from, int to);

    /// <summary>Formats node <paramref name="index"/>, whose id token goes into its chunk's <paramref name="tokens"/>.</summary>
    public delegate void FormatNode(ChunkState state, Utf8Sink sink, int index, NodeTokens.Part tokens);

    /// <summary>Formats edge <paramref name="index"/>, whose facts are entry <paramref name="inBlock"/> of <paramref name="block"/>.</summary>
    public delegate void FormatEdge(ChunkState state, Utf8Sink sink, int index, EdgeBlock block, int inBlock);

    /// <summary>Every node in order, each block of them touched before it is formatted (see <see cref="NodeBlock"/>).</summary>
    public static void Nodes(Utf8Sink output, Node[] nodes, int chunkSize, NodeTokens ids, FormatNode format) =>
        Run(output, nodes.Length, chunkSize, () => new ChunkState(), (state, sink, chunk, from, to) =>
        {
            var tokens = ids.For(chunk);
            for (int i = from; i < to; i++)
            {
                if ((i - from) % NodeBlock.Capacity == 0) state.Touched ^= NodeBlock.Touch(nodes, i, Math.Min(NodeBlock.Capacity, to - i));
                format(state, sink, i, tokens);
            }
        });

    /// <summary>Every edge in order, read a block at a time into an <see cref="EdgeBlock"/> before it is formatted.</summary>
    public static void Edges(Utf8Sink output, OrderedGraph ordered, NodeTokens ids, int chunkSize, FormatEdge format) =>
        Run(output, ordered.Edges.Length, chunkSize, () => new ChunkState(), (state, sink, chunk, from, to) =>
        {
            var block = state.Block;
            for (int start = from; start < to; start += EdgeBlock.Capacity)
            {
                int count = Math.Min(EdgeBlock.Capacity, to - start);
                block.Load(ordered, ids, start, count);
                for (int k = 0; k < count; k++) format(state, sink, start + k, block, k);
            }
        });

    public static void Run<TState>(Utf8Sink output, int count, int chunkSize, Func<TState> newState, Format<TState> format)
    {
        int chunks = (count + chunkSize - 1) / chunkSize;
        int workers = Math.Min(Math.Min(Environment.ProcessorCount, MaxWorkers), chunks);
        if (workers <= 1)
        {
            var state = newState();
            for (int c = 0; c < chunks; c++) format(state, output, c, c * chunkSize, Math.Min(count, (c + 1) * chunkSize));
            (state as IDisposable)?.Dispose();
            return;
        }

        var buffers = new BlockBuffer[2 * workers];
        for (int k = 0; k < buffers.Length; k++) buffers[k] = new BlockBuffer();
        var options = new ParallelOptions { MaxDegreeOfParallelism = workers };
        for (int first = 0; first < chunks; first += buffers.Length)
        {
            int wave = Math.Min(buffers.Length, chunks - first);
            try
            {
                Parallel.For(0, wave, options, k =>
                {
                    int c = first + k;
                    var state = newState();
                    format(state, buffers[k].Sink, c, c * chunkSize, Math.Min(count, (c + 1) * chunkSize));
                    buffers[k].Sink.Flush();
                    (state as IDisposable)?.Dispose();
                });
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
            {
                ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw(); // the writer's own exception, as if sequential
            }
            for (int k = 0; k < wave; k++) output.Append(buffers[k]);
        }
    }
}
