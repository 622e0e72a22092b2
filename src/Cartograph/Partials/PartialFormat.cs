namespace Cartograph.Partials;

/// <summary>
/// A partial graph: what extraction found in a set of documents, before resolution, as JSON Lines.
/// The first line is a header; then one line per document, in ascending document id order, with the
/// document's id, content hash, the sentences it quotes, its entities, relations and papers.
/// Partials are what <c>extract</c> writes per shard, what <c>merge</c> combines, and what every
/// build leaves next to graph.json so <c>build --update</c> can add documents later.
/// </summary>
public static class PartialFormat
{
    public const string Name = "cartograph-partial";
    public const int Version = 1;

    /// <summary>The partial every build writes next to its graph.json.</summary>
    public const string BuildFileName = "graph.partial.jsonl";
}
