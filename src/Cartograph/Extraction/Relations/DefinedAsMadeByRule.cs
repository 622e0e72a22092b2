using Cartograph.Graph;

namespace Cartograph.Extraction.Relations;

/// <summary>
/// "Hymba is a small language model from NVIDIA": a sentence that defines the work it opens with names its maker
/// after a maker cue, past the words of the definition (techniques and domains) but before any other name, which
/// would be what the maker made instead.
/// </summary>
internal sealed class DefinedAsMadeByRule : IRelationRule
{
    public RelationOrigin Origin => RelationOrigin.DefinedAsMadeBy;

    public void Apply(RelationDocument d, int si)
    {
        var a = d.Sentences[si];
        var ms = a.Mentions;
        if (!a.DefinesFirstMention || !d.IsMade(ms[0].Entity)) return;
        for (int k = 1; k < ms.Count; k++)
        {
            var type = d.TypeOf(ms[k].Entity);
            if (type == EntityType.Organization)
            {
                if (ms[k].AfterMakerCue && k > 1) d.Add(ms[0].Entity, Relation.DevelopedBy, ms[k].Entity, si, Origin);
                return;
            }
            if (type is not (EntityType.Technique or EntityType.Domain)) return;
        }
    }
}
