using Cartograph.Extraction.Attribution;
using Cartograph.Extraction.Discourse;
using Cartograph.Extraction.Discovery;
using Cartograph.Graph;

namespace Cartograph.Extraction.Relations;

/// <summary>
/// What each sentence may be talking about, the subjects its techniques and domains may attach to, each with how it
/// came to be one (<see cref="SubjectSources"/>): the paper the discourse segmenter gives the sentence; a released
/// model or product the sentence names ("LLaMA 2 uses RLHF"); a paper named outside its segment; an organization that
/// opens the sentence and stands for its product ("AskUI uses multimodal LLMs"); the subject of the sentences just
/// before in the same turn or paragraph ("It was fine-tuned with LoRA"); and what the stretch of text is mostly about
/// (the model a whole episode discusses). The attribution model then decides which pairs the text states.
/// </summary>
internal sealed class RelationSubjects
{
    public const int None = -1;

    /// <summary>How many sentences a subject carries over to sentences that name none.</summary>
    private const int CarryLimit = 2;

    /// <summary>A topic needs this many mentions in its stretch of text to be what unnamed sentences are about.</summary>
    private const int TopicMentions = 3;

    private readonly List<(int Subject, SubjectSources Sources)> _candidates;
    private readonly int[] _first;

    private int[] TopicOf { get; }

    private RelationSubjects(int sentences, int[] topicOf)
    {
        _first = new int[sentences + 1];
        _candidates = new(sentences); // about one subject a sentence: sized once instead of grown by doubling
        TopicOf = topicOf;
    }

    public ReadOnlySpan<(int Subject, SubjectSources Sources)> Of(int sentence) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_candidates)[_first[sentence].._first[sentence + 1]];

    public static RelationSubjects Assign(DocumentExtraction x, List<SentenceAnalysis> sentences, int[] paperOf)
    {
        var result = new RelationSubjects(sentences.Count, SegmentTopics(x, sentences));
        var companyOf = CompanyVoice.Assign(x, sentences);
        int carried = None, age = 0;
        for (int si = 0; si < sentences.Count; si++)
        {
            var a = sentences[si];
            result._first[si] = result._candidates.Count;
            bool sameStretch = si > 0 && sentences[si - 1].Sentence.Turn == a.Sentence.Turn && !a.ShiftsTopic;
            if (!sameStretch) carried = None;

            int primary = None;
            if (paperOf[si] >= 0)
            {
                result.AddCandidate(si, paperOf[si], SubjectSources.SegmentPaper);
                primary = paperOf[si];
            }
            else if (companyOf is not null && companyOf[si] >= 0) result.AddCandidate(si, companyOf[si], SubjectSources.CompanyVoice);
            var ms = a.Mentions;
            for (int k = 0; k < ms.Count; k++)
            {
                var m = ms[k];
                if (m.Contrastive || m.Possessive) continue;
                var type = x.Entities[m.Entity].Type;
                if (type == EntityType.Product)
                {
                    result.AddCandidate(si, m.Entity, SubjectSources.NamedProduct);
                    if (primary == None) primary = m.Entity;
                }
                else if (type == EntityType.Paper && m.Entity != paperOf[si])
                {
                    result.AddCandidate(si, m.Entity, SubjectSources.NamedPaper);
                }
            }
            if (ms.Count > 0 && ms[0].TokenStart <= 1 && !ms[0].Possessive && !ms[0].Contrastive
                && x.Entities[ms[0].Entity].Type == EntityType.Organization)
            {
                result.AddCandidate(si, ms[0].Entity, SubjectSources.OpeningOrganization);
                if (primary == None) primary = ms[0].Entity;
            }
            if (primary == None && carried >= 0 && age < CarryLimit)
            {
                result.AddCandidate(si, carried, SubjectSources.Carried);
                age++;
            }
            else if (primary != None)
            {
                carried = primary;
                age = 0;
            }
            if (result.TopicOf[si] >= 0) result.AddCandidate(si, result.TopicOf[si], SubjectSources.Topic);
        }
        result._first[sentences.Count] = result._candidates.Count;
        return result;
    }

    /// <summary>Adds a subject to the sentence being assigned, or another source to it when it is there already.</summary>
    private void AddCandidate(int sentence, int subject, SubjectSources source)
    {
        for (int i = _first[sentence]; i < _candidates.Count; i++)
        {
            if (_candidates[i].Subject != subject) continue;
            _candidates[i] = (subject, _candidates[i].Sources | source);
            return;
        }
        _candidates.Add((subject, source));
    }

    /// <summary>
    /// The topic of each stretch between topic shifts (a heading, a numbered item, "Next up"): the paper or product
    /// named clearly more often than any other there ("LLaMA 2" through a whole episode about it), or none.
    /// </summary>
    private static int[] SegmentTopics(DocumentExtraction x, List<SentenceAnalysis> sentences)
    {
        var topicOf = new int[sentences.Count];
        var counts = new Dictionary<int, int>();
        int start = 0;
        int headline = sentences.Count > 0 ? Headline(x, sentences[0]) : None; // a document may keep no sentence at all
        for (int si = 0; si < sentences.Count; si++)
        {
            if (si > start && sentences[si].ShiftsTopic)
            {
                Array.Fill(topicOf, headline >= 0 ? headline : MostNamed(counts), start, si - start);
                counts.Clear();
                start = si;
                headline = Headline(x, sentences[si]);
            }
            foreach (var m in sentences[si].Mentions)
                if (!m.Contrastive && x.Entities[m.Entity].Type is EntityType.Paper or EntityType.Product)
                    counts[m.Entity] = counts.GetValueOrDefault(m.Entity) + 1;
        }
        Array.Fill(topicOf, headline >= 0 ? headline : MostNamed(counts), start, sentences.Count - start);
        return topicOf;
    }


    /// <summary>
    /// The paper or product an item opens with ("2) DeepSeek-Coder-V2 - competes with closed models on code"): the
    /// item is about it however seldom it is named again. None for a stretch that does not open an item.
    /// </summary>
    private static int Headline(DocumentExtraction x, SentenceAnalysis opening)
    {
        if (!opening.ShiftsTopic || opening.Mentions.Count == 0) return None;
        var first = opening.Mentions[0];
        return first.TokenStart <= NameShapes.HeadlineStart && !first.Contrastive && !first.Possessive
            && x.Entities[first.Entity].Type is EntityType.Paper or EntityType.Product ? first.Entity : None;
    }

    private static int MostNamed(Dictionary<int, int> counts)
    {
        int best = None, bestCount = 0, second = 0;
        foreach (var (entity, count) in counts)
        {
            if (count > bestCount || (count == bestCount && entity < best))
            {
                second = bestCount;
                best = entity;
                bestCount = count;
            }
            else if (count > second) second = count;
        }
        return bestCount >= TopicMentions && bestCount > second ? best : None;
    }
}
