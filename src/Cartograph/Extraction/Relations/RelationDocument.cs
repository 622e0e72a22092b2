using Cartograph.Extraction.Discourse;
using Cartograph.Graph;

namespace Cartograph.Extraction.Relations;

/// <summary>
/// A document as the relation rules see it: its extraction (entities, and the relations found so far, which later
/// rules consult), its analysed sentences, the paper each sentence's discussion belongs to, the subjects each sentence
/// may talk about, and the rivalry cues that named no rival (resolved across documents by shared task).
/// </summary>
internal sealed class RelationDocument(DocumentExtraction x, List<SentenceAnalysis> sentences, int[] paperOf, RelationSubjects subjects)
{
    public DocumentExtraction Extraction { get; } = x;
    public List<SentenceAnalysis> Sentences { get; } = sentences;
    /// <summary>The paper whose discussion each sentence belongs to, -1 for none.</summary>
    public int[] PaperOf { get; } = paperOf;
    public RelationSubjects Subjects { get; } = subjects;
    /// <summary>For each paper, the sentences where a rivalry cue named no rival.</summary>
    public Dictionary<int, List<int>> RivalrySentences { get; } = [];

    /// <summary>The document is a conversation: it has speakers, or it is a caption track (no capitals, no speakers).</summary>
    public bool IsConversation { get; init; }

    /// <summary>The document is a paper's own prose (an abstract): its paper is the subject of every comparison in it.</summary>
    public bool IsResearchVoice { get; init; }

    public EntityType TypeOf(int entity) => Extraction.Entities[entity].Type;

    /// <summary>How early a conversation must name the company it is about.</summary>
    private const int OpeningSentences = 5;
    /// <summary>In how many sentences a conversation names the company it is about.</summary>
    private const int CompanyRepeats = 3;

    private Dictionary<string, (int Company, int Opening)>? _openingCompanies;

    /// <summary>
    /// The organization with key <paramref name="key"/> when it is what a conversation is about: named in its first
    /// sentences (the sentence it is first named in is returned) and in at least <see cref="CompanyRepeats"/> sentences.
    /// </summary>
    public (int Company, int Opening)? OpeningCompany(string key)
    {
        _openingCompanies ??= OpeningCompanies();
        return _openingCompanies.TryGetValue(key, out var found) ? found : null;
    }

    private Dictionary<string, (int, int)> OpeningCompanies()
    {
        var result = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        if (!IsConversation) return result;
        var sentencesNaming = new Dictionary<int, int>();
        var first = new Dictionary<int, int>();
        for (int si = 0; si < Sentences.Count; si++)
        {
            int counted = -1;
            foreach (var m in Sentences[si].Mentions)
            {
                if (TypeOf(m.Entity) != EntityType.Organization || m.Entity == counted) continue;
                counted = m.Entity;
                sentencesNaming[m.Entity] = sentencesNaming.GetValueOrDefault(m.Entity) + 1;
                first.TryAdd(m.Entity, si);
            }
        }
        foreach (var (org, count) in sentencesNaming)
            if (count >= CompanyRepeats && first[org] < OpeningSentences)
                result[Extraction.Entities[org].Key] = (org, first[org]);
        return result;
    }

    /// <summary>A paper or a product: what has a maker and rivals.</summary>
    public bool IsMade(int entity) => TypeOf(entity) is EntityType.Paper or EntityType.Product;

    /// <summary>An organization, a product or a paper: what can compete.</summary>
    public static bool IsRival(EntityType t) => t is EntityType.Organization or EntityType.Product or EntityType.Paper;

    /// <summary>A developed_by relation from <paramref name="made"/> to <paramref name="org"/> was found already.</summary>
    public bool IsMakerOf(int made, int org)
    {
        foreach (var r in Extraction.Relations)
            if (r.Relation == Relation.DevelopedBy && r.Source == made && r.Target == org) return true;
        return false;
    }

    /// <summary>
    /// Adds a relation stated by sentence <paramref name="sentence"/>; a loop is none, and a symmetric relation is
    /// stored with its ends in key order (one relation however the text orders the two).
    /// </summary>
    public void Add(int source, Relation relation, int target, int sentence, RelationOrigin origin)
    {
        if (source == target) return;
        if (relation == Relation.CompetesWith && IsVariantOf(source, target)) return;
        if (relation.IsSymmetric() && string.CompareOrdinal(Extraction.Entities[source].Key, Extraction.Entities[target].Key) > 0)
            (source, target) = (target, source);
        Extraction.Relations.Add(new ExtractedRelation(source, relation, target, sentence, origin));
    }

    /// <summary>
    /// "Gemini" and "Gemini Pro", "GPT-4" and "GPT-4 Turbo": a family and a tier or generation of it are one line of
    /// products, whatever a comparison between them says; they do not compete.
    /// </summary>
    private bool IsVariantOf(int a, int b)
    {
        string x = Extraction.Entities[a].Label, y = Extraction.Entities[b].Label;
        if (x.Length > y.Length) (x, y) = (y, x);
        return y.Length > x.Length + 1 && y[x.Length] == ' ' && y.StartsWith(x, StringComparison.OrdinalIgnoreCase);
    }
}
