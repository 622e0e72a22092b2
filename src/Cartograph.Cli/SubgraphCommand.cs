using System.CommandLine;
using Cartograph.Query;
using Cartograph.Writing;

namespace Cartograph.Cli;

/// <summary>
/// <c>subgraph &lt;graph.json&gt; --around &lt;name&gt; --depth N --out &lt;dir&gt;</c>: the nodes within N relations of one
/// entity, and the relations between them, written in every format (GraphML, DOT, JSON, HTML, SVG): a readable map
/// of one corner of a big graph.
/// </summary>
public static class SubgraphCommand
{
    public static Command Create()
    {
        var graphFile = new Argument<string>("graph") { Description = "A graph.json written by build or merge." };
        var around = new Option<string>("--around") { Description = "The entity at the centre: its label, id or any alias.", Required = true };
        var depth = new Option<int>("--depth") { Description = "How many relations away from it to go (default 1).", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write graph.graphml, graph.dot, graph.json, graph.html and graph.svg into.", Required = true };
        var noSvg = new Option<bool>("--no-svg") { Description = "Do not render graph.svg even when Graphviz is installed." };
        var keepIsolated = new Option<bool>("--keep-isolated") { Description = "Also draw entities without relations on the DOT map." };
        var command = new Command("subgraph", "Write the neighbourhood of one entity in every format.") { graphFile, around, depth, output, noSvg, keepIsolated };
        command.Validators.Add(result =>
        {
            if (result.GetValue(depth) < 0) result.AddError("Option '--depth' must be 0 or more.");
        });
        command.SetAction(parse => Run(parse.GetValue(graphFile)!, parse.GetValue(around)!, parse.GetValue(depth), parse.GetValue(output)!,
            parse.GetValue(noSvg), parse.GetValue(keepIsolated)));
        return command;
    }

    public static int Run(string graphFile, string around, int depth, string outDir, bool noSvg, bool keepIsolated)
    {
        var console = new ConsoleReport(quiet: false);
        if (!QueryInput.TryLoad(console, graphFile, out var graph)) return ExitCodes.BadInput;
        var centre = Neighbourhood.Find(graph, around);
        if (centre is null)
        {
            console.Error($"no entity called '{around}' in '{Path.GetFullPath(graphFile)}' (looked at labels, ids and aliases).");
            return ExitCodes.UsageError;
        }
        var sub = Neighbourhood.Around(graph, centre, depth);
        int documents = sub.Vertices.SelectMany(n => n.Documents).Distinct(StringComparer.Ordinal).Count();
        var meta = GraphMetadata.ForCartograph(documents, $"around {centre.Label} (depth {depth})");
        // written as one set like a build's (old files or new, never a mix), Ctrl-C and failures turned into exit codes
        return GraphOutput.Guard(console, $"'{Path.GetFullPath(outDir)}' holds what it held before", cancel =>
        {
            var options = new GraphWriteOptions(RenderSvg: !noSvg, Map: new DotMapOptions(KeepIsolated: keepIsolated), Cancel: cancel);
            var written = GraphWriters.WriteAll(sub, meta, outDir, options);
            foreach (var w in written.Warnings) console.Warning(w);
            console.Line($"{sub.VertexCount:N0} entities and {sub.EdgeCount:N0} relations within {depth} of {centre.Label}. Wrote:");
            foreach (var f in written.Files) console.Line("  " + f);
            return ExitCodes.Success;
        });
    }
}
