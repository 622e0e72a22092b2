using System.Runtime.InteropServices;
using Cartograph.Graph;

namespace Cartograph.Extraction;

/// <summary>
/// Everything extraction found in one document, before resolution across documents:
/// the quoted sentences, the entities (one per type and key), the relations between them
/// and, for each paper, what the cross-document rules need. It is the unit that incremental
/// builds and shard merges store and combine.
/// </summary>
public sealed class DocumentExtraction
{
    public DocumentExtraction(string documentId, string contentHash)
    {
        DocumentId = documentId;
        ContentHash = contentHash;
    }

    public string DocumentId { get; }
    public string ContentHash { get; }
    /// <summary>The sentences that back a mention, a relation or a rivalry, in document order; no others are kept.</summary>
    public List<EvidenceSentence> Sentences { get; } = [];
    public List<ExtractedEntity> Entities { get; } = [];
    public List<ExtractedRelation> Relations { get; } = [];
    public List<PaperContext> Papers { get; } = [];
}

/// <summary>A sentence kept as evidence: line, speaker and the quote (whitespace collapsed, trimmed).</summary>
public sealed record EvidenceSentence(int Line, string? Speaker, string Quote);

/// <summary>An entity as seen in one document.</summary>
public sealed class ExtractedEntity
{
    public ExtractedEntity(EntityType type, string label, string key, bool fromLexicon)
    {
        Type = type;
        Label = label;
        Key = key;
        FromLexicon = fromLexicon;
    }

    public EntityType Type { get; set; }
    public string Label { get; set; }
    /// <summary>Normalised form of the label used to merge surface variants (see <see cref="EntityKey"/>).</summary>
    public string Key { get; set; }
    public bool FromLexicon { get; }
    /// <summary>Other spellings seen, in ordinal order (a small sorted array: most entities have none).</summary>
    public SortedStrings Aliases { get; } = new();
    /// <summary>Sentence indices of its mentions (one entry per mention).</summary>
    public List<int> Mentions { get; } = [];
    /// <summary>For a product known to the lexicon, its maker's canonical name.</summary>
    public string? Maker { get; set; }

    /// <summary>The key of <see cref="Maker"/> (null without one), made once for the rules that compare it with organizations' keys.</summary>
    internal string? MakerKey => Maker is null ? null : _makerKey ??= EntityKey.Of(Maker);

    private string? _makerKey;
}

/// <summary>
/// A relation stated by sentence <see cref="Sentence"/>, with the rules that read it (<see cref="Origin"/>: one, or
/// several when two rules read the same relation from one sentence; <c>explain</c> shows them, and each edge of the
/// graph files carries the rules of all its relations). One relation made by two rules is one relation.
/// </summary>
public readonly record struct ExtractedRelation(int Source, Relation Relation, int Target, int Sentence, RelationOrigin Origin = RelationOrigin.Unrecorded)
{
    /// <summary>The relation without its origin: what makes two relations the same.</summary>
    public ExtractedRelation Statement => this with { Origin = RelationOrigin.Unrecorded };

    /// <summary>
    /// Keeps one relation per <see cref="Statement"/>, in first-seen order, holding the rules of all its repeats:
    /// a relation two rules read is still one relation (one supporting sentence), and the edge knows both rules.
    /// </summary>
    public static void MergeRepeats(List<ExtractedRelation> relations)
    {
        var kept = new Dictionary<ExtractedRelation, int>(relations.Count);
        int count = 0;
        for (int i = 0; i < relations.Count; i++)
        {
            var r = relations[i];
            ref int at = ref CollectionsMarshal.GetValueRefOrAddDefault(kept, r.Statement, out bool repeat);
            if (repeat)
            {
                relations[at] = relations[at] with { Origin = relations[at].Origin | r.Origin };
                continue;
            }
            at = count;
            relations[count++] = r;
        }
        relations.RemoveRange(count, relations.Count - count);
    }
}

/// <summary>What the cross-document rules need to know of one paper of this document.</summary>
public sealed record PaperContext(int Paper, int? IntroDomain, IReadOnlyList<int> RivalrySentences);
