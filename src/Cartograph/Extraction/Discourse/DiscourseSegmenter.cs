using Cartograph.Graph;

namespace Cartograph.Extraction.Discourse;

/// <summary>
/// Splits a document into the discussion of each paper and returns, for every sentence, the paper
/// being discussed (an entity index, or -1). A segment starts at a topic-shift cue ("Next up is",
/// "Moving on") or at the introduction of a different paper; its paper is the first one introduced
/// in it, and applies to the whole segment, including sentences before the name is given
/// ("Last one is intersectional fairness ... The approach is called CMAC-MMD").
/// A sentence that names exactly one paper is about that paper; one that names several is a recap.
/// </summary>
public static class DiscourseSegmenter
{
    public const int NoPaper = -1;

    /// <summary>How early in a sentence the main paper must be named to be its subject again.</summary>
    private const int ResumeWithin = 5;

    /// <param name="researchVoice">
    /// The document is a paper's own prose (an abstract): there a new name takes over only where the authors present
    /// it ("we introduce RefSpatial"), not where they name what they use ("trained on the SA-1B dataset").
    /// </param>
    public static int[] Assign(DocumentExtraction extraction, List<SentenceAnalysis> sentences, bool researchVoice = false)
    {
        var segmentOf = new int[sentences.Count];
        var segmentPaper = new List<int>();
        var seen = new HashSet<int>();
        int current = -1;
        // the current segment, still without a paper, has discussed another named work (a product) already
        bool otherWorkDiscussed = false;
        var seenProducts = new HashSet<int>();
        for (int si = 0; si < sentences.Count; si++)
        {
            var a = sentences[si];
            int introduced = NoPaper;
            bool cued = false;
            int introducedAt = 0;
            int papers = 0;
            foreach (var m in a.Mentions)
            {
                if (extraction.Entities[m.Entity].Type != EntityType.Paper) continue;
                papers++;
                // only a first mention introduces: a later "That Seedance model" in a recap is a reference back
                if (introduced == NoPaper && !seen.Contains(m.Entity))
                {
                    introduced = m.Entity;
                    cued = m.Introduced;
                    introducedAt = m.TokenStart;
                }
            }
            // a paper's own prose opens with its name, whatever else the title names ("MonkeyOCR: ... a
            // Structure-Recognition-Relation Triplet Paradigm")
            bool single = CountDistinctPapers(extraction, a) == 1 || (researchVoice && si == 0 && introducedAt == 0);
            bool newPaper = introduced != NoPaper && single && (current < 0 || segmentPaper[current] != introduced);
            // while a paper is discussed, a new name takes over only when a cue introduces it ("Next up is X",
            // "we've got X") or it opens a new turn or paragraph ("**X** from NVIDIA ..."); "And it beats
            // HunyuanVideo" in the middle of a discussion does not
            bool opensTurn = (si == 0 || sentences[si - 1].Sentence.Turn != a.Sentence.Turn) && introducedAt <= 2;
            bool takesOver = newPaper && current >= 0 && segmentPaper[current] != NoPaper && (cued || opensTurn)
                && (!researchVoice || a.AuthorsSpeak);
            // in a paper's own prose, the paper the text opens with, named early in a sentence, takes the discussion
            // back from a part the authors introduced ("we introduce the MonkeyDoc dataset ... Experiments show that
            // MonkeyOCR outperforms MinerU")
            int resumed = NoPaper;
            if (researchVoice && !newPaper && current > 0 && segmentPaper[0] is int main and not NoPaper && segmentPaper[current] != main)
                foreach (var m in a.Mentions)
                    if (m.Entity == main && m.TokenStart <= ResumeWithin) { resumed = main; break; }
            // a paper named after the segment has talked about other works does not take their sentences back: its
            // discussion starts where it is introduced ("kling uses a diffusion transformer ... and there's also LTX Video
            // from Lightricks, and it uses ..."); the sentences before it name no work when it does ("Last one is
            // intersectional fairness ... The approach is called CMAC-MMD")
            bool startsAfterOthers = newPaper && current >= 0 && segmentPaper[current] == NoPaper && otherWorkDiscussed;
            // and a company releasing a work not named before moves the talk on from the paper ("... the other thing is the
            // robotics side, so Physical Intelligence released pi zero")
            bool released = !newPaper && !researchVoice && current >= 0 && segmentPaper[current] != NoPaper
                && ReleasesNewWork(extraction, a, seen, seenProducts);
            if (current < 0 || a.ShiftsTopic || takesOver || resumed != NoPaper || startsAfterOthers || released)
            {
                segmentPaper.Add(NoPaper);
                current = segmentPaper.Count - 1;
                otherWorkDiscussed = false;
            }
            // an item without a paper yet takes one that is cued or named early in its sentence, not one named in
            // passing ("Instead of discretizing actions like RT-2 does")
            if (newPaper && segmentPaper[current] == NoPaper && (cued || introducedAt <= 4)) segmentPaper[current] = introduced;
            if (resumed != NoPaper) segmentPaper[current] = resumed;
            foreach (var m in a.Mentions)
            {
                var type = extraction.Entities[m.Entity].Type;
                if (type == EntityType.Paper) seen.Add(m.Entity);
                else if (type == EntityType.Product)
                {
                    seenProducts.Add(m.Entity);
                    if (!m.Contrastive && segmentPaper[current] == NoPaper) otherWorkDiscussed = true;
                }
            }
            segmentOf[si] = current;
        }

        var paperOf = new int[sentences.Count];
        for (int si = 0; si < sentences.Count; si++)
        {
            int distinct = CountDistinctPapers(extraction, sentences[si]);
            int segment = segmentPaper[segmentOf[si]];
            paperOf[si] = distinct switch
            {
                0 => segment,
                // "And it beats PulseMotion", "VideoLoom beats PulseMotion": a rival named in the discussion of a paper
                1 when sentences[si].HasRivalryCue && segment != NoPaper => segment,
                2 when sentences[si].HasRivalryCue && segment != NoPaper && Names(sentences[si], segment) => segment,
                // a paper named in passing deep in a sentence is not what the sentence is about
                1 when IsPassing(extraction, sentences[si], segment) => NoPaper,
                1 => OnlyPaper(extraction, sentences[si]),
                _ => NoPaper,
            };
        }
        return paperOf;
    }

    /// <summary>An organization followed by a release verb and a work named for the first time: "Meta released Llama 3".</summary>
    private static bool ReleasesNewWork(DocumentExtraction extraction, SentenceAnalysis a, HashSet<int> seenPapers, HashSet<int> seenProducts)
    {
        var ms = a.Mentions;
        for (int k = 0; k + 1 < ms.Count; k++)
        {
            if ((ms[k].Cues & MentionCues.ReleaseVerbAfter) == 0 || ms[k].Contrastive
                || extraction.Entities[ms[k].Entity].Type != EntityType.Organization)
                continue;
            var next = ms[k + 1];
            var type = extraction.Entities[next.Entity].Type;
            return type == EntityType.Product ? !seenProducts.Contains(next.Entity)
                : type == EntityType.Paper && !seenPapers.Contains(next.Entity);
        }
        return false;
    }

    private static int CountDistinctPapers(DocumentExtraction extraction, SentenceAnalysis a)
    {
        int first = NoPaper, count = 0;
        foreach (var m in a.Mentions)
        {
            if (extraction.Entities[m.Entity].Type != EntityType.Paper || m.Entity == first) continue;
            if (first == NoPaper) first = m.Entity;
            count++;
        }
        return count;
    }

    private static bool IsPassing(DocumentExtraction extraction, SentenceAnalysis a, int segment)
    {
        foreach (var m in a.Mentions)
            if (extraction.Entities[m.Entity].Type == EntityType.Paper)
                return m.Entity != segment && !m.Introduced && m.TokenStart > 4;
        return false;
    }

    private static bool Names(SentenceAnalysis a, int entity)
    {
        foreach (var m in a.Mentions) if (m.Entity == entity) return true;
        return false;
    }

    private static int OnlyPaper(DocumentExtraction extraction, SentenceAnalysis a)
    {
        foreach (var m in a.Mentions)
            if (extraction.Entities[m.Entity].Type == EntityType.Paper) return m.Entity;
        return NoPaper;
    }
}
