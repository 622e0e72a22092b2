using Cartograph.Graph;

namespace Cartograph.Query;

/// <summary>Finding a node by any of its names, and the part of the graph around it.</summary>
public static class Neighbourhood
{
    /// <summary>
    /// The node called <paramref name="name"/>: its id, label or an alias, case-insensitively; of several, the one
    /// whose label matches, then the one with the most mentions, then the smallest id. Null when none is.
    /// </summary>
    public static Node? Find(KnowledgeGraph graph, string name)
    {
        string wanted = name.Trim();
        return graph.Vertices
            .Select(n => (Node: n, Match: Matches(n, wanted)))
            .Where(m => m.Match > 0)
            .OrderByDescending(m => m.Match).ThenByDescending(m => m.Node.Mentions).ThenBy(m => m.Node.Id, StringComparer.Ordinal)
            .Select(m => m.Node)
            .FirstOrDefault();
    }

    private static int Matches(Node node, string name)
    {
        if (string.Equals(node.Id, name, StringComparison.OrdinalIgnoreCase)) return 3;
        if (string.Equals(node.Label, name, StringComparison.OrdinalIgnoreCase)) return 2;
        foreach (var alias in node.Aliases) if (string.Equals(alias, name, StringComparison.OrdinalIgnoreCase)) return 1;
        return 0;
    }

    /// <summary>
    /// A new graph of the nodes within <paramref name="depth"/> edges of <paramref name="centre"/> (either direction)
    /// and every edge between them, with their quotes: a corner of a big graph, small enough to map.
    /// </summary>
    public static KnowledgeGraph Around(KnowledgeGraph graph, Node centre, int depth)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { centre.Id };
        var frontier = new List<string> { centre.Id };
        for (int d = 0; d < depth && frontier.Count > 0; d++)
        {
            var next = new List<string>();
            foreach (string id in frontier)
                foreach (var e in graph.OutEdges(id).Concat(graph.InEdges(id)))
                {
                    string other = e.Source == id ? e.Target : e.Source;
                    if (reached.Add(other)) next.Add(other);
                }
            next.Sort(StringComparer.Ordinal);
            frontier = next;
        }

        var sub = new KnowledgeGraph();
        foreach (var node in graph.Vertices)
        {
            if (!reached.Contains(node.Id)) continue;
            var copy = new Node(node.Id, node.Label, node.Type) { Mentions = node.Mentions };
            copy.Aliases.UnionWith(node.Aliases);
            copy.Documents.UnionWith(node.Documents);
            foreach (var e in node.Evidence) copy.Evidence.Add(e);
            sub.AddVertex(copy);
        }
        foreach (var edge in graph.Edges)
        {
            if (!reached.Contains(edge.Source) || !reached.Contains(edge.Target)) continue;
            var copy = sub.GetOrAddEdge(edge.Source, edge.Target, edge.Relation);
            copy.Weight = edge.Weight;
            copy.Rules = edge.Rules;
            foreach (var e in edge.Evidence) copy.Evidence.Add(e);
        }
        return sub;
    }
}
