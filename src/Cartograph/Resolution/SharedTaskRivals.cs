using Cartograph.Extraction;
using Cartograph.Graph;

namespace Cartograph.Resolution;

/// <summary>
/// "There's already plenty of competition in that space": a rivalry cue that names no rival links
/// the paper to the other papers introduced with the same task (the first domain of their
/// discussion), in any document. The cue sentence is the evidence.
/// </summary>
internal static class SharedTaskRivals
{
    public static void Apply(KnowledgeGraph graph, Dictionary<Edge, HashSet<(string, int, string)>> support,
        List<DocumentExtraction> docs, EntityGroups groups)
    {
        var papersByTask = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var d in docs)
        {
            foreach (var p in d.Papers)
            {
                if (p.IntroDomain is not int domain) continue;
                string task = groups.Of(d, domain).NodeId!;
                if (!papersByTask.TryGetValue(task, out var set)) papersByTask[task] = set = new(StringComparer.Ordinal);
                set.Add(groups.Of(d, p.Paper).NodeId!);
            }
        }
        foreach (var d in docs)
        {
            foreach (var p in d.Papers)
            {
                if (p.IntroDomain is not int domain || p.RivalrySentences.Count == 0) continue;
                string paper = groups.Of(d, p.Paper).NodeId!;
                foreach (var rival in papersByTask[groups.Of(d, domain).NodeId!])
                {
                    if (rival == paper) continue;
                    foreach (int s in p.RivalrySentences)
                        EntityResolver.AddEdge(graph, support, paper, Relation.CompetesWith, rival, EntityResolver.EvidenceOf(d, s));
                }
            }
        }
    }
}
