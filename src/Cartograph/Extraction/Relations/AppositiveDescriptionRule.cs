using Cartograph.Extraction.Discourse;
using Cartograph.Graph;

namespace Cartograph.Extraction.Relations;

/// <summary>
/// "Cohere announced Command A, an enterprise model for agentic tasks and retrieval-augmented generation": the
/// indefinite appositive after a work describes it, so the techniques and domains named in it are the work's, even
/// when the work is named only once. The description runs to the sentence's end or its first semicolon.
/// </summary>
internal sealed class AppositiveDescriptionRule : IRelationRule
{
    public RelationOrigin Origin => RelationOrigin.AppositiveDescription;

    public void Apply(RelationDocument d, int si)
    {
        var a = d.Sentences[si];
        if (a.AppositiveOpenings.Count == 0) return;
        foreach (var work in a.Mentions)
        {
            if (work.TokenEnd < 0 || !a.AppositiveOpenings.Contains(work.TokenEnd) || work.Contrastive || work.Possessive
                || d.TypeOf(work.Entity) is not (EntityType.Product or EntityType.Paper))
                continue;
            int end = a.FirstSemicolon > work.TokenEnd ? a.FirstSemicolon : int.MaxValue;
            foreach (var m in a.Mentions)
            {
                if (m.TokenStart <= work.TokenEnd || m.TokenStart >= end || m.Contrastive || (m.Cues & MentionCues.Negated) != 0) continue;
                var t = d.TypeOf(m.Entity);
                if (t == EntityType.Technique) d.Add(work.Entity, Relation.UsesTechnique, m.Entity, si, Origin);
                else if (t == EntityType.Domain) d.Add(work.Entity, Relation.AppliedTo, m.Entity, si, Origin);
            }
        }
    }
}
