using Cartograph.Graph;

namespace Cartograph.Extraction.Relations;

/// <summary>
/// A product named near the organization the lexicon knows makes it: in the same sentence ("Google's Gemini",
/// "Gemini from Google") or a few sentences away within the same item ("NVIDIA announced its new data center GPU.
/// The A100 ..."). The text names both; the lexicon only says which way round. A maker the text does not name
/// nearby is no edge (every edge must be stated by the text).
/// </summary>
internal sealed class MakerNamedBesideRule : IRelationRule
{
    /// <summary>How many sentences away, within one item, the maker may be named.</summary>
    private const int MakerReach = 6;

    public RelationOrigin Origin => RelationOrigin.MakerNamedBeside;

    public void Apply(RelationDocument d, int si)
    {
        var sentences = d.Sentences;
        foreach (var m in sentences[si].Mentions)
        {
            var made = d.Extraction.Entities[m.Entity];
            if (made.Type != EntityType.Product || made.MakerKey is not { } makerKey) continue;
            // looking back and ahead, but not past the start of another item ("## 3.", "Next up")
            int from = si, to = si;
            while (from > 0 && si - from < MakerReach && !sentences[from].ShiftsTopic) from--;
            while (to + 1 < sentences.Count && to - si < MakerReach && !sentences[to + 1].ShiftsTopic) to++;
            bool found = false;
            for (int near = from; near <= to; near++)
            {
                foreach (var o in sentences[near].Mentions)
                {
                    var org = d.Extraction.Entities[o.Entity];
                    if (org.Type != EntityType.Organization || o.Contrastive || org.Key != makerKey) continue;
                    found = true;
                    d.Add(m.Entity, Relation.DevelopedBy, o.Entity, si, Origin);
                    // the sentence that names the maker is the edge's evidence too: the product's alone does not state it
                    if (near != si) d.Add(m.Entity, Relation.DevelopedBy, o.Entity, near, Origin);
                }
            }
            // "the announcements that NVIDIA made at GTC ... they've gone to the third generation of NVLink": the company a
            // whole conversation is about, named as it opens and again later, is the maker of its products said anywhere in it
            if (!found && d.OpeningCompany(makerKey) is (int company, int opening))
            {
                d.Add(m.Entity, Relation.DevelopedBy, company, si, Origin);
                d.Add(m.Entity, Relation.DevelopedBy, company, opening, Origin);
            }
        }
    }
}
