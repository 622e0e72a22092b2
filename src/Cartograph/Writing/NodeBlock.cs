using Cartograph.Graph;

namespace Cartograph.Writing;

/// <summary>
/// What <see cref="EdgeBlock"/> does for edges, for nodes: a tight loop over a block of nodes that touches
/// each node and the strings and sets it will write, so their cache misses overlap instead of stalling
/// the formatting loop one at a time.
/// </summary>
internal static class NodeBlock
{
    public const int Capacity = 128;

    /// <summary>Touches nodes [from, from + count); returns a value only so the reads cannot be dropped.</summary>
    public static int Touch(Node[] nodes, int from, int count)
    {
        int touched = 0;
        for (int k = from; k < from + count; k++)
        {
            var node = nodes[k];
            touched ^= node.Id.Length ^ node.Label.Length ^ node.Mentions;
            if (node.AliasesIfAny is { } aliases) touched ^= aliases.Min!.Length;
            if (node.DocumentsIfAny is { } documents) touched ^= documents.Min!.Length;
            if (node.EvidenceIfAny is { } evidence) touched ^= evidence.Min!.Line;
        }
        return touched;
    }
}
