using Cartograph.Extraction.Discourse;
using Cartograph.Graph;

namespace Cartograph.Extraction.Relations;

/// <summary>
/// competes_with between the paper under discussion and what a rivalry cue sets it against ("Ferrite outperforms
/// GrapeNet", "compared to HeyGen"), in the cue's sentence or the next one of the same turn. A company counts only
/// where the cue's own sentence names it ("a single NVIDIA GPU" after a comparison is hardware, not a rival), and
/// never the paper's own maker. A cue that names no rival ("plenty of competition in that space") is noted for the
/// papers of the same task in other documents (<c>SharedTaskRivals</c>).
/// </summary>
internal sealed class RivalryCueRule : IRelationRule
{
    public RelationOrigin Origin => RelationOrigin.RivalryCue;

    /// <summary>The sentence before, in the same turn, had a rivalry cue: its rivals may be named in this one.</summary>
    public static bool CueBefore(RelationDocument d, int si) =>
        si > 0 && d.Sentences[si - 1].HasRivalryCue && d.Sentences[si - 1].Sentence.Turn == d.Sentences[si].Sentence.Turn;

    /// <summary>
    /// "Gemini Ultra beats GPT-4", "Claude 3 Opus outperforms GPT-4 and Gemini Ultra": without a paper, the first work
    /// named in the cue's clause is set against the works named after the cue (not the benchmark they were measured on, nor a
    /// company after a maker cue).
    /// </summary>
    private static void NamedSubjectAgainstRivals(RelationDocument d, SentenceAnalysis a, int si)
    {
        // each cue with its own clause: "Gemini Pro outperforms GPT-3.5, and Gemini Ultra beats GPT-4"
        for (int c = 0; c < a.RivalryCues.Count; c++)
        {
            // "... such as HumanEval; it outperforms GPT-4o": a work before the clause that opens the cue is not its subject
            int cue = a.RivalryCues[c], previous = Math.Max(c > 0 ? a.RivalryCues[c - 1] : -1, a.RivalryClauseStarts[c]);
            int next = c + 1 < a.RivalryCues.Count ? a.RivalryCues[c + 1] : int.MaxValue;
            int subject = -1;
            foreach (var m in a.Mentions)
            {
                if (m.TokenStart >= cue) break;
                if (m.TokenStart <= previous) continue;
                // "Bard with Gemini Pro is better than ...": what a work is built with is not the work compared
                if ((m.Cues & MentionCues.MethodUse) != 0) continue;
                // the sentence's first work is the first cue's subject: in "Gemma 3 uses distillation from larger Gemini
                // models and outperforms Llama 3", Gemini is where the distillation came from; a later cue's subject is
                // named right before it ("..., and Gemini Ultra beats GPT-4")
                bool eligible = !m.Contrastive && !m.Possessive && d.TypeOf(m.Entity) is EntityType.Product or EntityType.Paper;
                if (c > 0) subject = eligible ? m.Entity : -1;
                else if (eligible) { subject = m.Entity; break; }
            }
            // "Qwen2-Audio accepts audio and text inputs; it outperforms Gemini 1.5 Pro": the pronoun is the work the
            // sentence opens with
            if (subject < 0 && c == 0 && a.RivalryClausePronouns[c]) subject = OpeningWork(d, a, a.RivalryClauseStarts[c]);
            if (subject < 0) continue;
            foreach (var m in a.Mentions)
            {
                if (m.TokenStart <= cue || m.TokenStart >= next || m.Entity == subject || IsBenchmark(a, m)) continue;
                if (d.TypeOf(m.Entity) is EntityType.Product or EntityType.Paper && !d.IsMakerOf(subject, m.Entity))
                    d.Add(subject, Relation.CompetesWith, m.Entity, si, RelationOrigin.RivalryCue);
            }
        }
    }

    /// <summary>
    /// A benchmark the scores were measured on: after "on" or "benchmarks such as", or listed with one ("such as MMLU
    /// and HumanEval").
    /// </summary>
    internal static bool IsBenchmark(SentenceAnalysis a, SentenceMention m)
    {
        if ((m.Cues & MentionCues.Benchmark) != 0) return true;
        foreach (var other in a.Mentions)
        {
            if (other.TokenStart >= m.TokenStart) break;
            if (other.ListGroup == m.ListGroup && (other.Cues & MentionCues.Benchmark) != 0) return true;
        }
        return false;
    }

    /// <summary>How early in its sentence a work must be named to be what a later pronoun stands for.</summary>
    private const int OpeningReach = 5;

    /// <summary>
    /// The work a sentence opens with, before <paramref name="before"/>: the first work it names, early, as the subject
    /// (not a benchmark it was measured on, a contrast or what something is built with); -1 when there is none.
    /// </summary>
    private static int OpeningWork(RelationDocument d, SentenceAnalysis a, int before)
    {
        foreach (var m in a.Mentions)
        {
            if (m.TokenStart >= before || m.TokenStart > OpeningReach) return -1;
            var type = d.TypeOf(m.Entity);
            if (type is not (EntityType.Product or EntityType.Paper)) continue;
            bool subject = !m.Contrastive && !m.Possessive && (m.Cues & (MentionCues.MethodUse | MentionCues.Benchmark)) == 0;
            return subject ? m.Entity : -1;
        }
        return -1;
    }

    public void Apply(RelationDocument d, int si)
    {
        var a = d.Sentences[si];
        bool cue = a.HasRivalryCue;
        if (!cue && !CueBefore(d, si)) return;
        int paper = d.PaperOf[si];
        // "And Alibaba's Qwen2-Audio ...; it outperforms Gemini 1.5 Pro": a sentence that opens with another work compares
        // that work, not the paper the item was about (in a paper's own prose, its paper is what every comparison is for)
        if (paper >= 0 && cue && !d.IsResearchVoice && OpeningWork(d, a, a.RivalryCues[0]) is int opening and >= 0 && opening != paper) paper = -1;
        bool namedRival = false;
        foreach (var m in a.Mentions)
        {
            var t = d.TypeOf(m.Entity);
            if (m.Entity == paper || !RelationDocument.IsRival(t)) continue;
            if (t == EntityType.Paper && paper < 0) continue;
            if (t == EntityType.Organization && !cue) continue;
            // "beats Llama 3 from Meta": the company after a maker cue made the rival, it is none itself
            if (t == EntityType.Organization && m.AfterMakerCue) continue;
            // "beats GPT-4 on MMLU": the benchmark the scores were measured on is no rival
            if (IsBenchmark(a, m)) continue;
            namedRival = true;
            if (paper >= 0 && !d.IsMakerOf(paper, m.Entity)) d.Add(paper, Relation.CompetesWith, m.Entity, si, Origin);
        }
        if (paper < 0 && cue) NamedSubjectAgainstRivals(d, a, si);
        if (!namedRival && cue && paper >= 0)
        {
            if (!d.RivalrySentences.TryGetValue(paper, out var list)) d.RivalrySentences[paper] = list = [];
            list.Add(si);
        }
    }
}
