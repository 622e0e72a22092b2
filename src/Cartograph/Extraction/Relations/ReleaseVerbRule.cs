using Cartograph.Extraction.Discourse;
using Cartograph.Graph;

namespace Cartograph.Extraction.Relations;

/// <summary>
/// "Meta has released LLaMA 2", "OpenAI shipped Sora", "Google launched Gemini": an organization, a release verb
/// within a few words after it, then the first model or product named. News states makers this way more than any
/// other, and never with "from" or a possessive.
/// </summary>
internal sealed class ReleaseVerbRule : IRelationRule
{
    /// <summary>How far after the organization the released thing may be named: "Stability AI is releasing a new text-to-image model called SDXL Turbo".</summary>
    private const int ReleaseReach = 14;

    public RelationOrigin Origin => RelationOrigin.ReleaseVerb;

    public void Apply(RelationDocument d, int si)
    {
        var ms = d.Sentences[si].Mentions;
        for (int k = 0; k + 1 < ms.Count; k++)
        {
            if ((ms[k].Cues & MentionCues.ReleaseVerbAfter) == 0 || ms[k].Contrastive) continue;
            for (int j = k + 1; j < ms.Count; j++)
            {
                var type = d.TypeOf(ms[j].Entity);
                if (type == EntityType.Organization && ms[j].ListGroup == ms[k].ListGroup) continue; // "Google and KAIST release X"
                if (type is EntityType.Technique or EntityType.Domain) continue; // "a new text-to-image model called X"
                if (d.IsMade(ms[j].Entity) && ms[j].TokenStart - ms[k].TokenEnd <= ReleaseReach)
                    d.Add(ms[j].Entity, Relation.DevelopedBy, ms[k].Entity, si, Origin);
                break;
            }
        }
    }
}
