using Cartograph.Extraction.Discourse;
using Cartograph.Graph;

namespace Cartograph.Extraction.Relations;

/// <summary>
/// developed_by from the words that tie a made thing to its maker: "X from ByteDance", "by Google", "ByteDance's X",
/// "OrbitVLA, Google's new policy for ...", "Researchers from Adobe introduce FlashDepth". The text states the
/// maker; no lexicon is needed.
/// </summary>
internal sealed class MakerCueRule : IRelationRule
{
    /// <summary>How many words may stand between the last organization and the work it introduces.</summary>
    private const int IntroductionReach = 4;

    public RelationOrigin Origin => RelationOrigin.MakerCue;

    public void Apply(RelationDocument d, int si)
    {
        var ms = d.Sentences[si].Mentions;
        for (int k = 0; k < ms.Count; k++)
        {
            if (d.TypeOf(ms[k].Entity) != EntityType.Organization) continue;
            if (ms[k].AfterMakerCue && k > 0 && d.IsMade(ms[k - 1].Entity))
                d.Add(ms[k - 1].Entity, Relation.DevelopedBy, ms[k].Entity, si, Origin);
            if (ms[k].Possessive && k + 1 < ms.Count && d.IsMade(ms[k + 1].Entity))
                d.Add(ms[k + 1].Entity, Relation.DevelopedBy, ms[k].Entity, si, Origin);
            // "OrbitVLA, Google's new policy for ...": the possessive describes the name before the comma
            // (unless it names its own work right away: "We compared OrbitVLA, Google's Gemini and ...")
            bool namesItsWork = k + 1 < ms.Count && ms[k + 1].TokenStart == ms[k].TokenEnd + 2 && d.IsMade(ms[k + 1].Entity);
            if (ms[k].Possessive && ms[k].Appositive && !namesItsWork && d.IsMade(ms[k - 1].Entity))
                d.Add(ms[k - 1].Entity, Relation.DevelopedBy, ms[k].Entity, si, Origin);
            if (IntroducesItsWork(d, ms, k) is int work and >= 0)
                d.Add(ms[work].Entity, Relation.DevelopedBy, ms[k].Entity, si, Origin);
        }
    }

    /// <summary>
    /// "Researchers from Adobe introduce FlashDepth", "Google and KAIST propose MoR": organizations named before
    /// nothing they made, right before (at most four words) the name an introduction cue presents. Returns that
    /// mention's index, or -1.
    /// </summary>
    private static int IntroducesItsWork(RelationDocument d, List<SentenceMention> ms, int k)
    {
        if (ms[k].Contrastive) return -1;
        for (int b = 0; b < k; b++)
            if (d.TypeOf(ms[b].Entity) != EntityType.Organization) return -1;
        int j = k + 1;
        while (j < ms.Count && d.TypeOf(ms[j].Entity) == EntityType.Organization && ms[j].ListGroup == ms[k].ListGroup) j++;
        if (j >= ms.Count || !ms[j].Introduced || !d.IsMade(ms[j].Entity)) return -1;
        int lastOrg = j - 1;
        return ms[lastOrg].TokenEnd >= 0 && ms[j].TokenStart - ms[lastOrg].TokenEnd <= IntroductionReach ? j : -1;
    }
}
