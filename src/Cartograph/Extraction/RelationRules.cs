using Cartograph.Extraction.Attribution;
using Cartograph.Graph;

namespace Cartograph.Extraction;

/// <summary>
/// The relation rules, each backed by the sentence it is read from:
/// uses_technique / applied_to: a technique or domain named while a paper is discussed, unless a
/// contrast ("versus traditional late fusion") or a generic statement ("Most systems ...") says otherwise;
/// developed_by: "X from ByteDance", "by Google", "ByteDance's X", and lexicon makers of products;
/// competes_with: a list of products, or organizations and products with a rivalry cue, and the
/// discussed paper against the rivals named with a rivalry cue.
/// </summary>
internal static class RelationRules
{
    public static void Apply(DocumentExtraction x, List<SentenceAnalysis> sentences, int[] paperOf, AttributionRule attribution, DocumentTraits traits)
    {
        var rivalrySentences = new Dictionary<int, List<int>>();
        var subjects = RelationSubjects.Assign(x, sentences, paperOf);
        attribution.Apply(x, sentences, subjects, traits, x.Relations);
        for (int si = 0; si < sentences.Count; si++)
        {
            var a = sentences[si];
            int paper = paperOf[si];
            DevelopedBy(x, a, si);
            DefinedAsMadeBy(x, a, si);
            ReleasedBy(x, a, si);
            MakerNamedBeside(x, sentences, si);
            CompetesWith(x, sentences, si, paper, rivalrySentences);
            if (paper < 0 && a.HasRivalryCue && RivalrySubject(x, subjects, si) is int topic and >= 0) RivalsOfTheTopic(x, a, si, topic);
        }
        // one relation per (source, relation, target, sentence), in first-seen order, with every rule that read it
        ExtractedRelation.MergeRepeats(x.Relations);
        foreach (var p in PapersInOrder(x))
        {
            rivalrySentences.TryGetValue(p, out var rivals);
            x.Papers.Add(new PaperContext(p, IntroDomain(x, sentences, paperOf, p), rivals ?? []));
        }
    }

    private static void DevelopedBy(DocumentExtraction x, SentenceAnalysis a, int si)
    {
        var ms = a.Mentions;
        for (int k = 0; k < ms.Count; k++)
        {
            if (x.Entities[ms[k].Entity].Type != EntityType.Organization) continue;
            if (ms[k].AfterMakerCue && k > 0 && IsMade(x, ms[k - 1].Entity))
                Add(x, ms[k - 1].Entity, Relation.DevelopedBy, ms[k].Entity, si, RelationOrigin.MakerCue);
            if (ms[k].Possessive && k + 1 < ms.Count && IsMade(x, ms[k + 1].Entity))
                Add(x, ms[k + 1].Entity, Relation.DevelopedBy, ms[k].Entity, si, RelationOrigin.MakerCue);
            // "OrbitVLA, Google's new policy for ...": the possessive describes the name before the comma
            // (unless it names its own work right away: "We compared OrbitVLA, Google's Gemini and ...")
            bool namesItsWork = k + 1 < ms.Count && ms[k + 1].TokenStart == ms[k].TokenEnd + 2 && IsMade(x, ms[k + 1].Entity);
            if (ms[k].Possessive && ms[k].Appositive && !namesItsWork && IsMade(x, ms[k - 1].Entity))
                Add(x, ms[k - 1].Entity, Relation.DevelopedBy, ms[k].Entity, si, RelationOrigin.MakerCue);
            if (IntroducesItsWork(x, ms, k) is int work and >= 0)
                Add(x, ms[work].Entity, Relation.DevelopedBy, ms[k].Entity, si, RelationOrigin.MakerCue);
        }
    }

    /// <summary>
    /// "Meta has released LLaMA 2", "OpenAI shipped Sora", "Google launched Gemini": an organization, a release verb
    /// within a few words after it, then the first model or product named.
    /// </summary>
    private static void ReleasedBy(DocumentExtraction x, SentenceAnalysis a, int si)
    {
        var ms = a.Mentions;
        for (int k = 0; k + 1 < ms.Count; k++)
        {
            if ((ms[k].Cues & MentionCues.ReleaseVerbAfter) == 0 || ms[k].Contrastive) continue;
            for (int j = k + 1; j < ms.Count; j++)
            {
                var type = x.Entities[ms[j].Entity].Type;
                if (type == EntityType.Organization && ms[j].ListGroup == ms[k].ListGroup) continue; // "Google and KAIST release X"
                if (type is EntityType.Technique or EntityType.Domain) continue; // "a new text-to-image model called X"
                if (IsMade(x, ms[j].Entity) && ms[j].TokenStart - ms[k].TokenEnd <= ReleaseReach)
                    Add(x, ms[j].Entity, Relation.DevelopedBy, ms[k].Entity, si, RelationOrigin.ReleaseVerb);
                break;
            }
        }
    }

    /// <summary>How far after the organization the released thing may be named: "Stability AI is releasing a new text-to-image model called SDXL Turbo".</summary>
    private const int ReleaseReach = 14;

    /// <summary>
    /// A product named near the organization the lexicon knows makes it: in the same sentence ("Google's Gemini",
    /// "Gemini from Google") or a few sentences away within the same item ("NVIDIA announced its new data center GPU.
    /// The A100 ..."). The text names both; the lexicon only says which way round. A maker the text does
    /// not name nearby is no edge.
    /// </summary>
    private static void MakerNamedBeside(DocumentExtraction x, List<SentenceAnalysis> sentences, int si)
    {
        var a = sentences[si];
        foreach (var m in a.Mentions)
        {
            var made = x.Entities[m.Entity];
            if (made.Type != EntityType.Product || made.MakerKey is not { } makerKey) continue;
            // looking back and ahead, but not past the start of another item ("## 3.", "Next up")
            int from = si, to = si;
            while (from > 0 && si - from < MakerReach && !sentences[from].ShiftsTopic) from--;
            while (to + 1 < sentences.Count && to - si < MakerReach && !sentences[to + 1].ShiftsTopic) to++;
            for (int near = from; near <= to; near++)
            {
                foreach (var o in sentences[near].Mentions)
                {
                    var org = x.Entities[o.Entity];
                    if (org.Type == EntityType.Organization && !o.Contrastive && org.Key == makerKey)
                        Add(x, m.Entity, Relation.DevelopedBy, o.Entity, si, RelationOrigin.MakerNamedBeside);
                }
            }
        }
    }

    /// <summary>How many sentences away, within one item, the maker may be named.</summary>
    private const int MakerReach = 6;

    /// <summary>"Hymba is a small language model from NVIDIA": the maker of the work the sentence defines.</summary>
    private static void DefinedAsMadeBy(DocumentExtraction x, SentenceAnalysis a, int si)
    {
        var ms = a.Mentions;
        if (!a.DefinesFirstMention || !IsMade(x, ms[0].Entity)) return;
        for (int k = 1; k < ms.Count; k++)
        {
            var type = x.Entities[ms[k].Entity].Type;
            if (type == EntityType.Organization)
            {
                if (ms[k].AfterMakerCue && k > 1) Add(x, ms[0].Entity, Relation.DevelopedBy, ms[k].Entity, si, RelationOrigin.DefinedAsMadeBy);
                return;
            }
            if (type is not (EntityType.Technique or EntityType.Domain)) return;
        }
    }

    /// <summary>
    /// "Researchers from Adobe introduce FlashDepth", "Google and KAIST propose MoR": organizations named before
    /// nothing they made, right before (at most four words) the name an introduction cue presents. Returns that
    /// mention's index, or -1.
    /// </summary>
    private static int IntroducesItsWork(DocumentExtraction x, List<SentenceMention> ms, int k)
    {
        if (ms[k].Contrastive) return -1;
        for (int b = 0; b < k; b++)
            if (x.Entities[ms[b].Entity].Type != EntityType.Organization) return -1;
        int j = k + 1;
        while (j < ms.Count && x.Entities[ms[j].Entity].Type == EntityType.Organization && ms[j].ListGroup == ms[k].ListGroup) j++;
        if (j >= ms.Count || !ms[j].Introduced || !IsMade(x, ms[j].Entity)) return -1;
        int lastOrg = j - 1;
        return ms[lastOrg].TokenEnd >= 0 && ms[j].TokenStart - ms[lastOrg].TokenEnd <= 4 ? j : -1;
    }

    private static bool IsMade(DocumentExtraction x, int e) => x.Entities[e].Type is EntityType.Paper or EntityType.Product;

    private static void CompetesWith(DocumentExtraction x, List<SentenceAnalysis> sentences, int si, int paper, Dictionary<int, List<int>> rivalrySentences)
    {
        var a = sentences[si];
        bool cue = a.HasRivalryCue;
        bool cueBefore = si > 0 && sentences[si - 1].HasRivalryCue && sentences[si - 1].Sentence.Turn == a.Sentence.Turn;
        var ms = a.Mentions;

        // items of one list: products as alternatives, or any rivals under a rivalry cue
        for (int k = 0; k < ms.Count; k++)
        {
            for (int j = k + 1; j < ms.Count && ms[j].ListGroup == ms[k].ListGroup; j++)
            {
                var tk = x.Entities[ms[k].Entity].Type;
                var tj = x.Entities[ms[j].Entity].Type;
                if (!IsRival(tk) || !IsRival(tj) || ms[k].Entity == ms[j].Entity) continue;
                bool products = tk == EntityType.Product && tj == EntityType.Product;
                if (products || cue || cueBefore || IsOrganizationAmongProducts(x, ms, k, j))
                    Add(x, ms[k].Entity, Relation.CompetesWith, ms[j].Entity, si, RelationOrigin.ListedRivals);
            }
        }

        if (!cue && !cueBefore) return;
        bool namedRival = false;
        foreach (var m in ms)
        {
            var t = x.Entities[m.Entity].Type;
            if (m.Entity == paper || !IsRival(t)) continue;
            if (t == EntityType.Paper && paper < 0) continue;
            // a company rivals the paper only where the sentence itself sets them against each other ("a single
            // NVIDIA GPU" after a comparison is hardware, not a rival)
            if (t == EntityType.Organization && !cue) continue;
            namedRival = true;
            if (paper >= 0 && !IsMakerOf(x, paper, m.Entity)) Add(x, paper, Relation.CompetesWith, m.Entity, si, RelationOrigin.RivalryCue);
        }
        // "plenty of competition in that space": no name given; resolved across documents by shared task
        if (!namedRival && cue && paper >= 0)
        {
            if (!rivalrySentences.TryGetValue(paper, out var list)) rivalrySentences[paper] = list = [];
            list.Add(si);
        }
    }

    /// <summary>
    /// Without a paper, the model a stretch of news is about is what a rivalry cue sets against the names it gives:
    /// "1) Claude 3.5 Sonnet - a new model ... it outperforms Claude 3 Opus and GPT-4o". That is the subject carried
    /// from the sentence before, else the stretch's topic, when it is a product; -1 when there is none.
    /// </summary>
    private static void RivalsOfTheTopic(DocumentExtraction x, SentenceAnalysis a, int si, int topic)
    {
        foreach (var m in a.Mentions)
        {
            var t = x.Entities[m.Entity].Type;
            if (m.Entity != topic && t is EntityType.Product or EntityType.Paper && !IsMakerOf(x, topic, m.Entity))
                Add(x, topic, Relation.CompetesWith, m.Entity, si, RelationOrigin.RivalsOfTheTopic);
        }
    }

    private static int RivalrySubject(DocumentExtraction x, RelationSubjects subjects, int si)
    {
        int topic = -1;
        foreach (var (subject, sources) in subjects.Of(si))
        {
            if (x.Entities[subject].Type != EntityType.Product) continue;
            if ((sources & SubjectSources.Carried) != 0) return subject;
            if ((sources & SubjectSources.Topic) != 0) topic = subject;
        }
        return topic;
    }

    /// <summary>
    /// "Zoom, Teams, Google Meet": in a list of two or more products, an organization stands for its own product and
    /// competes with the others, unless it makes one of them ("Microsoft, Teams and Google Meet" is not a rivalry of
    /// Microsoft and Teams).
    /// </summary>
    private static bool IsOrganizationAmongProducts(DocumentExtraction x, List<SentenceMention> ms, int k, int j)
    {
        var tk = x.Entities[ms[k].Entity].Type;
        var tj = x.Entities[ms[j].Entity].Type;
        int org;
        if (tk == EntityType.Organization && tj == EntityType.Product) org = ms[k].Entity;
        else if (tk == EntityType.Product && tj == EntityType.Organization) org = ms[j].Entity;
        else return false;
        int products = 0;
        foreach (var m in ms)
        {
            if (m.ListGroup != ms[k].ListGroup) continue;
            var e = x.Entities[m.Entity];
            if (e.Type != EntityType.Product) continue;
            products++;
            if (e.MakerKey == x.Entities[org].Key) return false;
        }
        return products >= 2;
    }

    private static bool IsRival(EntityType t) => t is EntityType.Organization or EntityType.Product or EntityType.Paper;

    private static bool IsMakerOf(DocumentExtraction x, int made, int org)
    {
        foreach (var r in x.Relations)
            if (r.Relation == Relation.DevelopedBy && r.Source == made && r.Target == org) return true;
        return false;
    }

    /// <summary>The task a paper is introduced with: the first domain named in its segment's first sentences.</summary>
    private static int? IntroDomain(DocumentExtraction x, List<SentenceAnalysis> sentences, int[] paperOf, int paper)
    {
        int seen = 0;
        for (int si = 0; si < sentences.Count && seen < 2; si++)
        {
            if (paperOf[si] != paper) continue;
            seen++;
            foreach (var m in sentences[si].Mentions)
                if (x.Entities[m.Entity].Type == EntityType.Domain && !m.Contrastive) return m.Entity;
        }
        return null;
    }

    private static IEnumerable<int> PapersInOrder(DocumentExtraction x)
    {
        for (int e = 0; e < x.Entities.Count; e++)
            if (x.Entities[e].Type == EntityType.Paper) yield return e;
    }

    private static void Add(DocumentExtraction x, int source, Relation relation, int target, int sentence, RelationOrigin origin)
    {
        if (source == target) return;
        if (relation.IsSymmetric() && string.CompareOrdinal(x.Entities[source].Key, x.Entities[target].Key) > 0)
            (source, target) = (target, source);
        x.Relations.Add(new ExtractedRelation(source, relation, target, sentence, origin));
    }
}
