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

    /// <summary>A task's papers in id order, each once; null when they are more than <see cref="MaxPapersPerTask"/>.</summary>
    private static Node[]? Distinct(List<Node> papers)
    {
        papers.Sort(s_byId);
        var distinct = new List<Node>(Math.Min(papers.Count, MaxPapersPerTask + 1));
        foreach (var p in papers)
        {
            if (distinct.Count > 0 && ReferenceEquals(distinct[^1], p)) continue;
            if (distinct.Count == MaxPapersPerTask) return null;
            distinct.Add(p);
        }
        return [.. distinct];
    }

    public static void Apply(KnowledgeGraph graph,
        IReadOnlyList<GraphAccumulator.RivalryClaim> claims, Func<int, Node> nodeOf)
    {
        // each claim's nodes found once; a task's papers listed as they come, sorted and made distinct when asked for
        var nodes = new (Node Paper, Node Task)[claims.Count];
        var papersByTask = new Dictionary<Node, List<Node>>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < claims.Count; i++)
        {
            var (paper, task) = nodes[i] = (nodeOf(claims[i].Paper), nodeOf(claims[i].Task));
            if (!papersByTask.TryGetValue(task, out var papers)) papersByTask[task] = papers = [];
            papers.Add(paper);
        }
        var rivalsByTask = new Dictionary<Node, Node[]?>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            if (c.Evidence.Length == 0) continue;
            var (paper, task) = nodes[i];
            if (!rivalsByTask.TryGetValue(task, out var rivals)) rivalsByTask[task] = rivals = Distinct(papersByTask[task]);
            if (rivals is null) continue;
            foreach (var rival in rivals)
            {
                if (ReferenceEquals(rival, paper)) continue;
                var edge = graph.GetOrAddEdge(paper, rival, Relation.CompetesWith);
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
