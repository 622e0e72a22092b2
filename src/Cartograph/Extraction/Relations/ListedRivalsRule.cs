using Cartograph.Extraction.Discourse;
using Cartograph.Graph;

namespace Cartograph.Extraction.Relations;

/// <summary>
/// competes_with between the items of one list: products listed together are alternatives ("Zoom, Teams and Google
/// Meet"); organizations and papers only under a rivalry cue in the sentence or the one before in the same turn
/// ("the big players - HeyGen, Synthesia"), since a list of companies alone is as often partners or customers. In a
/// comparison, a list of benchmarks ("beats it on MMLU and GSM8K") is none.
/// </summary>
internal sealed class ListedRivalsRule : IRelationRule
{
    public RelationOrigin Origin => RelationOrigin.ListedRivals;

    public void Apply(RelationDocument d, int si)
    {
        var a = d.Sentences[si];
        bool cue = a.HasRivalryCue || RivalryCueRule.CueBefore(d, si);
        var ms = a.Mentions;
        for (int k = 0; k < ms.Count; k++)
        {
            // "outperforms it on benchmarks such as LibriSpeech and FLEURS": in a comparison, a list of what the scores were
            // measured on is no list of rivals (without one, "we use it on Teams, Google Meet" lists products)
            if (a.HasRivalryCue && RivalryCueRule.IsBenchmark(a, ms[k])) continue;
            for (int j = k + 1; j < ms.Count && ms[j].ListGroup == ms[k].ListGroup; j++)
            {
                var tk = d.TypeOf(ms[k].Entity);
                var tj = d.TypeOf(ms[j].Entity);
                if (!RelationDocument.IsRival(tk) || !RelationDocument.IsRival(tj) || ms[k].Entity == ms[j].Entity) continue;
                // "NVLink and NVSwitch": two products of one maker listed together are a product line, not rivals
                bool products = tk == EntityType.Product && tj == EntityType.Product && (cue || !SameMaker(d, ms[k].Entity, ms[j].Entity));
                if (products || cue || IsOrganizationAmongProducts(d, ms, k, j))
                    d.Add(ms[k].Entity, Relation.CompetesWith, ms[j].Entity, si, Origin);
            }
        }
    }

    private static bool SameMaker(RelationDocument d, int a, int b)
    {
        var makerA = d.Extraction.Entities[a].MakerKey;
        return makerA is not null && makerA == d.Extraction.Entities[b].MakerKey;
    }

    /// <summary>
    /// "Zoom, Teams, Google Meet": in a list of two or more products, an organization stands for its own product and
    /// competes with the others, unless it makes one of them ("Microsoft, Teams and Google Meet" is not a rivalry of
    /// Microsoft and Teams).
    /// </summary>
    private static bool IsOrganizationAmongProducts(RelationDocument d, List<SentenceMention> ms, int k, int j)
    {
        var tk = d.TypeOf(ms[k].Entity);
        var tj = d.TypeOf(ms[j].Entity);
        int org;
        if (tk == EntityType.Organization && tj == EntityType.Product) org = ms[k].Entity;
        else if (tk == EntityType.Product && tj == EntityType.Organization) org = ms[j].Entity;
        else return false;
        int products = 0;
        foreach (var m in ms)
        {
            if (m.ListGroup != ms[k].ListGroup) continue;
            var e = d.Extraction.Entities[m.Entity];
            if (e.Type != EntityType.Product) continue;
            products++;
            if (e.MakerKey == d.Extraction.Entities[org].Key) return false;
        }
        return products >= 2;
    }
}
