namespace Cartograph.Writing;

/// <summary>
/// How many nodes and edges one parallel chunk holds (<see cref="ParallelChunks"/>). Powers of two, since
/// node tokens are looked up by chunk. Large enough that a chunk is a few MB of output; tests use tiny
/// chunks to push small graphs through the parallel path.
/// </summary>
internal readonly record struct ChunkSizes(int Nodes, int Edges)
{
    public static readonly ChunkSizes Default = new(1 << 12, 1 << 12);
}
