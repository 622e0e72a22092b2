using System.Runtime.InteropServices;
using Cartograph.Extraction;
using Cartograph.Graph;

namespace Cartograph.Resolution;

/// <summary>
/// Folds document extractions, one at a time, into compact per-key statistics, and turns them
/// into the graph at the end. Only these statistics stay in memory (never the documents), which is
/// what lets a build stream a corpus of any size.
/// <para>
/// Folding is order-free: every statistic is a sum, a set union or the best <see cref="MaxEvidence"/>
/// items of a total order, and groups are a union-find whose result does not depend on the order of
/// unions. So a build, an incremental update and a merge of shards give the same bytes as long as
/// they fold the same documents. Which copy of duplicated content is folded is the caller's
/// choice: <see cref="TryAdd"/> keeps the first content hash it sees, so callers feed documents in
/// ascending id order (or pick the smallest id per hash first, as merges do).
/// </para>
/// </summary>
public sealed class GraphAccumulator
{
    /// <summary>How many quotes a node or edge keeps; counts (mentions, weight) still cover every one.</summary>
    public const int MaxEvidence = 8;

    private readonly HashSet<string> _contentHashes = new(StringComparer.Ordinal);
    // not readonly: TakeGraph drops them whole (Clear keeps a dictionary's arrays, 100+ MB at millions of edges)
    private KeyGroups _keys = new();
    private Dictionary<int, KeyStats> _stats = new();
    private Dictionary<KeyEdge, EdgeStats> _edges = new();
    private List<RivalryClaim> _rivalries = [];
    private Dictionary<string, string> _speakers = new(StringComparer.Ordinal);
    private readonly QuoteArena _quotes = new();
    private readonly HashSet<(KeyEdge, int)> _seenSentences = [];

    /// <summary>Documents folded so far (duplicated content counted once).</summary>
    public int DocumentCount => _contentHashes.Count;

    /// <summary>Folds one document; false (and nothing changes) when its content was folded already.</summary>
    public bool TryAdd(DocumentExtraction doc)
    {
        if (!_contentHashes.Add(doc.ContentHash)) return false;
        var slots = new int[doc.Entities.Count];
        var quotes = new DocumentQuotes(doc, _speakers, _quotes);
        for (int e = 0; e < doc.Entities.Count; e++)
        {
            var entity = doc.Entities[e];
            int slot = _keys.Slot(entity.Type, entity.Key);
            slots[e] = slot;
            foreach (var alias in entity.Aliases)
            {
                string key = EntityKey.Of(alias);
                if (key.Length > 0) _keys.Union(slot, _keys.Slot(entity.Type, key));
            }
            if (!_stats.TryGetValue(slot, out var stats)) _stats[slot] = stats = new KeyStats(entity.Type);
            stats.Add(quotes, entity);
        }
        AddRelations(doc, slots, quotes);
        foreach (var p in doc.Papers)
        {
            if (p.IntroDomain is not int domain) continue;
            _rivalries.Add(new RivalryClaim(slots[p.Paper], slots[domain],
                [.. p.RivalrySentences.Select(quotes.Of)]));
        }
        return true;
    }

    private void AddRelations(DocumentExtraction doc, int[] slots, DocumentQuotes quotes)
    {
        // an edge's weight counts distinct supporting sentences (one set for every document: folding is one thread's)
        var seen = _seenSentences;
        seen.Clear();
        foreach (var r in doc.Relations)
        {
            var key = new KeyEdge(slots[r.Source], r.Relation, slots[r.Target]);
            ref var stats = ref CollectionsMarshal.GetValueRefOrAddDefault(_edges, key, out bool known);
            if (!known) stats.Evidence = new EvidenceSet();
            stats.Rules |= r.Origin; // a sentence counted once still tells every rule that read it
            if (!seen.Add((key, r.Sentence))) continue;
            stats.Weight++;
            AddCapped(stats.Evidence, quotes, r.Sentence);
        }
    }

    /// <summary>Builds the graph from everything folded so far; the accumulator can go on folding afterwards.</summary>
    public KnowledgeGraph ToGraph() => BuildGraph(release: false);

    /// <summary>
    /// Builds the graph and hands it the folded quotes instead of copying them, dropping the statistics
    /// as they are used: the end of a build, where a copy would double the memory of the largest part.
    /// Only <see cref="DocumentCount"/> is left to read afterwards.
    /// </summary>
    public KnowledgeGraph TakeGraph()
    {
        var graph = BuildGraph(release: true);
        _keys = new();
        _rivalries = [];
        _speakers = new(StringComparer.Ordinal);
        return graph;
    }

    private KnowledgeGraph BuildGraph(bool release)
    {
        var groups = NodeGroup.FromKeys(_keys, _stats);
        var graph = new KnowledgeGraph(groups.Count, _edges.Count);
        var nodeOfRoot = new Dictionary<int, Node>(groups.Count);
        foreach (var group in groups) nodeOfRoot.Add(group.Root, graph.AddVertex(group.ToNode(release)));
        if (release) _stats = new();

        // edges whose ends fall into the same groups add up; a loop (X uses X) is dropped
        foreach (var (key, stats) in _edges)
        {
            Node source = nodeOfRoot[_keys.Find(key.Source)], target = nodeOfRoot[_keys.Find(key.Target)];
            if (ReferenceEquals(source, target)) continue;
            var edge = graph.GetOrAddEdge(source, target, key.Relation);
            edge.Weight = edge.Support + stats.Weight;
            edge.Rules |= stats.Rules;
            if (release && edge.TryAdoptEvidence(stats.Evidence)) continue;
            foreach (var ev in stats.Evidence) AddCapped(edge.Evidence, ev);
        }
        if (release) _edges = new();
        SharedTaskRivals.Apply(graph, _rivalries, slot => nodeOfRoot[_keys.Find(slot)]);
        return graph;
    }

    /// <summary>
    /// <see cref="AddCapped(EvidenceSet, Evidence)"/> for a sentence of a document, without
    /// allocating when it cannot make the cut: the set is full of quotes from documents with
    /// smaller ids (the usual case, as documents are folded in id order).
    /// </summary>
    internal static void AddCapped(EvidenceSet set, DocumentQuotes quotes, int sentence)
    {
        if (set.Count >= MaxEvidence && string.CompareOrdinal(set.Max!.Document, quotes.DocumentId) < 0) return;
        AddCapped(set, quotes.Of(sentence));
    }

    /// <summary>Keeps the <see cref="MaxEvidence"/> smallest items: the same set whatever order they come in.</summary>
    internal static void AddCapped(EvidenceSet set, Evidence evidence)
    {
        if (set.Count < MaxEvidence) { set.Add(evidence); return; }
        if (evidence.CompareTo(set.Max) >= 0) return;
        if (set.Add(evidence)) set.RemoveMax();
    }

    /// <summary>An edge between two key slots, before keys are grouped into nodes.</summary>
    private readonly record struct KeyEdge(int Source, Relation Relation, int Target);

    /// <summary>Kept inside the dictionary's entries: an object per edge would be 24 more bytes on millions of edges.</summary>
    private struct EdgeStats
    {
        public int Weight;
        public RelationOrigin Rules; // two bytes in the padding after Weight: the entry stays 16 bytes
        public EvidenceSet Evidence;
    }

    /// <summary>A paper that met a rivalry cue naming no rival, and the task it was introduced with.</summary>
    internal sealed record RivalryClaim(int Paper, int Task, Evidence[] Evidence);
}
