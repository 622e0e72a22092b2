using Cartograph.Extraction;
using Cartograph.Graph;

namespace Cartograph.Resolution;

/// <summary>
/// Resolves the entities of many documents into one node per thing and builds the graph.
/// Entities of the same type merge when any of their keys (label or alias) agree. Of documents with
/// the same content, the one with the smallest id is kept, so the graph is the same whatever order
/// documents were extracted in. For streaming, use <see cref="GraphAccumulator"/> directly.
/// </summary>
public sealed class EntityResolver
{
    /// <summary>How many quotes a node or edge keeps; counts (mentions, weight) still cover every one.</summary>
    public const int MaxEvidence = GraphAccumulator.MaxEvidence;

    public KnowledgeGraph Resolve(IEnumerable<DocumentExtraction> extractions)
    {
        var accumulator = new GraphAccumulator();
        foreach (var d in extractions.OrderBy(d => d.DocumentId, StringComparer.Ordinal).ThenBy(d => d.ContentHash, StringComparer.Ordinal))
            accumulator.TryAdd(d);
        return accumulator.TakeGraph();
    }
}
