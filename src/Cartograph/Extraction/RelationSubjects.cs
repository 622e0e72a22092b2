using Cartograph.Graph;

namespace Cartograph.Extraction;

/// <summary>
/// What each sentence talks about, the subject that its techniques and domains attach to: the paper the
/// discourse segmenter gives it; else a released model or product the sentence names early and not in
/// contrast ("LLaMA 2 uses RLHF", "Gemini is trained on text, images and audio"), or an organization that opens
/// the sentence and stands for its product ("AskUI uses multimodal LLMs"); else the subject of the sentences just
/// before in the same turn or paragraph ("It was fine-tuned with LoRA").
/// </summary>
internal static class RelationSubjects
{
    public const int None = -1;

    /// <summary>How many sentences a subject carries over to sentences that name none.</summary>
    private const int CarryLimit = 2;

    /// <summary>A product named later than this many tokens into its sentence is named in passing.</summary>
    private const int EarlyToken = 12;

    public static int[] Assign(DocumentExtraction x, List<SentenceAnalysis> sentences, int[] paperOf)
    {
        var subjectOf = new int[sentences.Count];
        var topicOf = SegmentTopics(x, sentences);
        int carried = None, age = 0;
        for (int si = 0; si < sentences.Count; si++)
        {
            var a = sentences[si];
            bool sameStretch = si > 0 && sentences[si - 1].Sentence.Turn == a.Sentence.Turn && !a.ShiftsTopic;
            if (!sameStretch) carried = None;
            int subject = paperOf[si] >= 0 ? paperOf[si] : Named(x, a);
            if (subject >= 0)
            {
                carried = subject;
                age = 0;
            }
            else if (carried >= 0 && age < CarryLimit && !NamesAnyRival(x, a))
            {
                subject = carried;
                age++;
            }
            else if (!NamesAnyRival(x, a))
            {
                subject = topicOf[si];
            }
            subjectOf[si] = subject;
        }
        return subjectOf;
    }

    /// <summary>A topic needs this many mentions in its stretch of text to be what unnamed sentences are about.</summary>
    private const int TopicMentions = 3;

    /// <summary>
    /// The topic of each stretch between topic shifts (a heading, a numbered item, "Next up"): the paper or product
    /// named clearly more often than any other there ("LLaMA 2" through a whole episode about it), or none.
    /// </summary>
    private static int[] SegmentTopics(DocumentExtraction x, List<SentenceAnalysis> sentences)
    {
        var topicOf = new int[sentences.Count];
        var counts = new Dictionary<int, int>();
        int start = 0;
        for (int si = 0; si < sentences.Count; si++)
        {
            if (si > start && sentences[si].ShiftsTopic)
            {
                Fill(topicOf, start, si, TopicOf(counts));
                counts.Clear();
                start = si;
            }
            foreach (var m in sentences[si].Mentions)
                if (!m.Contrastive && x.Entities[m.Entity].Type is EntityType.Paper or EntityType.Product)
                    counts[m.Entity] = counts.GetValueOrDefault(m.Entity) + 1;
        }
        Fill(topicOf, start, sentences.Count, TopicOf(counts));
        return topicOf;
    }

    private static void Fill(int[] topicOf, int from, int to, int topic)
    {
        for (int k = from; k < to; k++) topicOf[k] = topic;
    }

    private static int TopicOf(Dictionary<int, int> counts)
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

    private static int Named(DocumentExtraction x, SentenceAnalysis a)
    {
        var ms = a.Mentions;
        for (int k = 0; k < ms.Count; k++)
        {
            var m = ms[k];
            if (m.Contrastive || m.TokenStart > EarlyToken) continue;
            var type = x.Entities[m.Entity].Type;
            // a paper named without the segmenter's say-so is named in passing ("like RT-2 does"); a product is not
            if (type == EntityType.Product && !m.Possessive) return m.Entity;
        }
        // an organization standing for its product opens the sentence: "AskUI uses ..."
        if (ms.Count > 0 && ms[0].TokenStart <= 1 && !ms[0].Possessive && !ms[0].Contrastive
            && x.Entities[ms[0].Entity].Type == EntityType.Organization && HasAttributable(x, a))
            return ms[0].Entity;
        return None;
    }

    private static bool HasAttributable(DocumentExtraction x, SentenceAnalysis a)
    {
        foreach (var m in a.Mentions)
            if (x.Entities[m.Entity].Type is EntityType.Technique or EntityType.Domain) return true;
        return false;
    }

    private static bool NamesAnyRival(DocumentExtraction x, SentenceAnalysis a)
    {
        foreach (var m in a.Mentions)
            if (x.Entities[m.Entity].Type is EntityType.Paper or EntityType.Product or EntityType.Organization) return true;
        return false;
    }
}
