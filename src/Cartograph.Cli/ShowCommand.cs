using System.CommandLine;
using System.Globalization;
using Cartograph.Analytics;
using Cartograph.Graph;
using Cartograph.Query;

namespace Cartograph.Cli;

/// <summary><c>show &lt;graph.json&gt; &lt;name&gt;</c>: one node of a built graph, its neighbours by relation and the quotes behind each edge.</summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var graphFile = new Argument<string>("graph") { Description = "A graph.json written by build or merge." };
        var name = new Argument<string>("name") { Description = "The entity: its label, id or any alias (case does not matter)." };
        var command = new Command("show", "Print one entity of a graph with its neighbours and the quotes behind each relation.") { graphFile, name };
        command.SetAction(parse => Run(parse.GetValue(graphFile)!, parse.GetValue(name)!));
        return command;
    }

    public static int Run(string graphFile, string name)
    {
        var console = new ConsoleReport(quiet: false);
        if (!QueryInput.TryLoad(console, graphFile, out var graph)) return ExitCodes.BadInput;
        var node = Neighbourhood.Find(graph, name);
        if (node is null)
        {
            console.Error($"no entity called '{name}' in '{Path.GetFullPath(graphFile)}' (looked at labels, ids and aliases).");
            return ExitCodes.UsageError;
        }
        Print(graph, node, console.Line); // through the report, which survives a closed pipe (show ... | head)
        return ExitCodes.Success;
    }

    private static void Print(KnowledgeGraph graph, Node node, Action<string> line)
    {
        var analytics = GraphAnalytics.Of(graph);
        int at = analytics.Nodes.Select((n, i) => (n, i)).First(p => ReferenceEquals(p.n, node)).i;
        var c = CultureInfo.InvariantCulture;
        line($"{node.Label} ({node.Type.Name()}, {node.Id})");
        line($"  mentions {node.Mentions}, PageRank {analytics.PageRank[at].ToString("G4", c)}, community {analytics.Community[at]}, "
            + $"component {analytics.Component[at]}, {analytics.Degree[at]} relations");
        if (node.Aliases.Count > 0) line("  also called: " + string.Join(", ", node.Aliases));
        if (node.Documents.Count > 0) line("  documents: " + string.Join(", ", node.Documents));

        var edges = graph.OutEdges(node.Id).Select(e => (Edge: e, Outgoing: true))
            .Concat(graph.InEdges(node.Id).Select(e => (Edge: e, Outgoing: false)));
        var groups = edges.GroupBy(e => e.Edge.Relation.IsSymmetric() ? e.Edge.Relation.Name()
                : e.Outgoing ? e.Edge.Relation.Name() + " ->" : "<- " + e.Edge.Relation.Name())
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        bool any = false;
        foreach (var group in groups)
        {
            any = true;
            line("");
            line($"{group.Key} ({group.Count()})");
            foreach (var (edge, outgoing) in group.OrderByDescending(e => e.Edge.Weight).ThenBy(e => e.Outgoing ? e.Edge.Target : e.Edge.Source, StringComparer.Ordinal))
            {
                string otherId = outgoing ? edge.Target : edge.Source;
                graph.TryGetVertex(otherId, out var other);
                line($"  {other.Label} ({other.Type.Name()}), weight {edge.Weight}"
                    + (edge.Rules == RelationOrigin.Unrecorded ? "" : $"  [{edge.Rules.Names(", ")}]"));
                foreach (var q in edge.Evidence)
                    line($"    {q.Document}:{q.Line} {(q.Speaker is null ? "" : q.Speaker + ": ")}\"{q.Quote}\"");
            }
        }
        if (!any)
        {
            line("");
            line("No relations.");
        }
    }
}
