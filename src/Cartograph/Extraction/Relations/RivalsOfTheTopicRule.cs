using Cartograph.Extraction.Attribution;
using Cartograph.Extraction.Discourse;
using Cartograph.Graph;

namespace Cartograph.Extraction.Relations;

/// <summary>
/// Without a paper, the model a stretch of news is about is what a rivalry cue sets against the names it gives:
/// "1) Claude 3.5 Sonnet - a new model ... it outperforms Claude 3 Opus and GPT-4o". That is the product carried
/// from the sentences before, else the stretch's topic; news rarely names its subject again in the sentence that
/// compares it.
/// </summary>
internal sealed class RivalsOfTheTopicRule : IRelationRule
{
    public RelationOrigin Origin => RelationOrigin.RivalsOfTheTopic;

    public void Apply(RelationDocument d, int si)
    {
        var a = d.Sentences[si];
        if (d.PaperOf[si] >= 0 || !a.HasRivalryCue || Subject(d, si) is not (int topic and >= 0)) return;
        int firstCue = a.RivalryCues[0];
        foreach (var m in a.Mentions)
        {
            // the rivals are named after the cue; a work named before it is what the topic is built from or compared by
            if (m.TokenStart < firstCue) continue;
            var t = d.TypeOf(m.Entity);
            // "achieves 90.2% on HumanEval": the benchmark the scores were measured on is no rival
            if (m.Entity != topic && t is EntityType.Product or EntityType.Paper && !d.IsMakerOf(topic, m.Entity) && (m.Cues & MentionCues.Benchmark) == 0)
                d.Add(topic, Relation.CompetesWith, m.Entity, si, Origin);
        }
    }

    /// <summary>The product carried from the sentence before, else the stretch's topic when it is a product; -1 when there is none.</summary>
    private static int Subject(RelationDocument d, int si)
    {
        int topic = -1;
        foreach (var (subject, sources) in d.Subjects.Of(si))
        {
            if (d.TypeOf(subject) != EntityType.Product) continue;
            if ((sources & SubjectSources.Carried) != 0) return subject;
            if ((sources & SubjectSources.Topic) != 0) topic = subject;
        }
        return topic;
    }
}
