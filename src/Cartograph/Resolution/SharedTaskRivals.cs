using Cartograph.Graph;

namespace Cartograph.Resolution;

/// <summary>
/// "There's already plenty of competition in that space": a rivalry cue that names no rival links
/// the paper to the other papers introduced with the same task (the first domain of their
/// discussion), in any document. The cue sentence is the evidence.
/// <para>
/// Only for a niche: when more than <see cref="MaxPapersPerTask"/> papers share a task, the task is
/// a field (speech recognition, say), not a race between a few papers, and linking them all would
/// grow with the square of the corpus.
/// </para>
/// </summary>
internal static class SharedTaskRivals
{
    public const int MaxPapersPerTask = 8;

    // a task's papers in id order, as the edges were always added
    private static readonly Comparer<Node> s_byId = Comparer<Node>.Create((a, b) => string.CompareOrdinal(a.Id, b.Id));

    /// <summary>Sorts a task's papers into id order and drops the repeats, in place.</summary>
    private static void SortDistinct(List<Node> papers)
    {
        papers.Sort(s_byId);
        int kept = 0;
        for (int i = 0; i < papers.Count; i++)
            if (kept == 0 || !ReferenceEquals(papers[kept - 1], papers[i])) papers[kept++] = papers[i];
        papers.RemoveRange(kept, papers.Count - kept);
    }

    public static void Apply(KnowledgeGraph graph,
        IReadOnlyList<GraphAccumulator.RivalryClaim> claims, Func<int, Node> nodeOf)
    {
        // each claim's nodes found once; then each task's papers in id order, each once
        var nodes = new (Node Paper, Node Task)[claims.Count];
        var papersByTask = new Dictionary<Node, List<Node>>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < claims.Count; i++)
        {
            var (paper, task) = nodes[i] = (nodeOf(claims[i].Paper), nodeOf(claims[i].Task));
            if (!papersByTask.TryGetValue(task, out var papers)) papersByTask[task] = papers = [];
            papers.Add(paper);
        }
        foreach (var papers in papersByTask.Values) SortDistinct(papers);
        for (int i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            if (c.Evidence.Length == 0) continue;
            var (paper, task) = nodes[i];
            var rivals = papersByTask[task];
            if (rivals.Count > MaxPapersPerTask) continue;
            foreach (var rival in rivals)
            {
                if (ReferenceEquals(rival, paper)) continue;
                var edge = graph.GetOrAddEdge(paper, rival, Relation.CompetesWith);
                edge.Rules |= RelationOrigin.SharedTaskRivals;
                foreach (var ev in c.Evidence)
                {
                    // a sentence already counted for this edge (kept as evidence) is not counted twice
                    if (edge.Evidence.Contains(ev)) continue;
                    edge.Weight = edge.Support + 1;
                    GraphAccumulator.AddCapped(edge.Evidence, ev);
                }
            }
        }
    }
}
