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

    public static void Apply(KnowledgeGraph graph,
        IReadOnlyList<GraphAccumulator.RivalryClaim> claims, Func<int, string> nodeOf)
    {
        var papersByTask = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var c in claims)
        {
            string task = nodeOf(c.Task);
            if (!papersByTask.TryGetValue(task, out var set)) papersByTask[task] = set = new(StringComparer.Ordinal);
            set.Add(nodeOf(c.Paper));
        }
        foreach (var c in claims)
        {
            if (c.Evidence.Length == 0) continue;
            var rivals = papersByTask[nodeOf(c.Task)];
            if (rivals.Count > MaxPapersPerTask) continue;
            string paper = nodeOf(c.Paper);
            foreach (var rival in rivals)
            {
                if (rival == paper) continue;
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
