namespace Cartograph.Partials;

/// <summary>
/// A partial graph: what extraction found in a set of documents, before resolution, as JSON Lines.
/// The first line is a header; then one line per document, in ascending document id order, with the
/// document's id, content hash, the sentences it quotes, its entities, relations (each with the rules that read it) and papers; the last line is
/// the end record, <c>{"end":"cartograph-partial","documents":N,"digest":"sha256:..."}</c>: how many documents the
/// file holds and the SHA-256 of their lines (each with its newline). A file without it was cut short; one whose
/// lines do not give its count and digest was changed. graph.json records the digest of the partial written
/// beside it (<c>graph.partial_digest</c>), so <c>build --update</c> can tell that the two belong together.
/// Partials are what <c>extract</c> writes per shard, what <c>merge</c> combines, and what every
/// build leaves next to graph.json so <c>build --update</c> can add documents later.
/// </summary>
public static class PartialFormat
{
    public const string Name = "cartograph-partial";
    /// <summary>
    /// 3: each relation's rules, by name, after its sentence (<c>[0,"developed_by",2,5,["maker-cue"]]</c>), so an update
    /// or a merge gives the edges' <c>rules</c> a full build gives; 2: the end record (version 1 files had none, so
    /// nothing proved them whole).
    /// </summary>
    public const int Version = 3;

    /// <summary>The "end" value of the last line.</summary>
    public const string EndMarker = "cartograph-partial";

    /// <summary>The partial every build writes next to its graph.json.</summary>
    public const string BuildFileName = "graph.partial.jsonl";
}
