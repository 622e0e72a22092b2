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

    public static void Apply(KnowledgeGraph graph,
        IReadOnlyList<GraphAccumulator.RivalryClaim> claims, Func<int, Node> nodeOf)
    {
        var papersByTask = new Dictionary<Node, SortedSet<Node>>(ReferenceEqualityComparer.Instance);
        foreach (var c in claims)
        {
            var task = nodeOf(c.Task);
            if (!papersByTask.TryGetValue(task, out var set)) papersByTask[task] = set = new(s_byId);
            set.Add(nodeOf(c.Paper));
        }
        foreach (var c in claims)
        {
            if (c.Evidence.Length == 0) continue;
            var rivals = papersByTask[nodeOf(c.Task)];
            if (rivals.Count > MaxPapersPerTask) continue;
            var paper = nodeOf(c.Paper);
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
