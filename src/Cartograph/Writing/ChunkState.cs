namespace Cartograph.Writing;

/// <summary>What one thread needs to write one chunk of nodes or edges (see <see cref="ParallelChunks"/>).</summary>
internal sealed class ChunkState : IDisposable
{
    private JsonStrings? _strings;

    public CharBuffer Buffer { get; } = new();
    public EdgeBlock Block { get; } = new();
    public JsonStrings Strings => _strings ??= new JsonStrings();

    /// <summary>Where the prefetching reads of <see cref="NodeBlock"/> go, so the JIT keeps them.</summary>
    public int Touched { get; set; }

    public void Dispose() => _strings?.Dispose();
}
