using Cartograph.Graph;

namespace Cartograph.Writing;

/// <summary>
/// The per-edge facts a writer needs, read for a block of edges in one tight loop before the block is
/// formatted. Edges are scattered in memory (allocated in discovery order, written in id order), and the
/// formatting loop is one long dependency chain through the output buffer, so it waits for each cache
/// miss in turn; this loop has no such chain, so the processor overlaps the misses (edge objects, the
/// target nodes' cached ids, the first quote). On 5M edges this took about a fifth off the JSON writer.
/// </summary>
internal sealed class EdgeBlock
{
    public const int Capacity = 256;

    public readonly Relation[] Relations = new Relation[Capacity];
    public readonly RelationOrigin[] Rules = new RelationOrigin[Capacity];
    public readonly int[] Weights = new int[Capacity];
    public readonly EvidenceSet?[] Evidence = new EvidenceSet?[Capacity];

    /// <summary>Keeps the touching reads observable, so the JIT cannot drop them.</summary>
    public int Touched { get; private set; }

    /// <summary>Loads edges [from, from + count) of <paramref name="graph"/> and touches their ends' tokens.</summary>
    public void Load(OrderedGraph graph, NodeTokens ids, int from, int count)
    {
        var edges = graph.Edges;
        int touched = 0;
        for (int k = 0; k < count; k++)
        {
            var edge = edges[from + k];
            Relations[k] = edge.Relation;
            Rules[k] = edge.Rules;
            var evidence = edge.EvidenceIfAny;
            Evidence[k] = evidence;
            Weights[k] = edge.Weight;
            touched ^= ids.Touch(graph.Target(from + k));
            if (evidence is not null) touched ^= evidence.Min!.Line;
        }
        Touched ^= touched;
    }
}
