using System.CommandLine;
using Cartograph.Pipeline;

namespace Cartograph.Cli;

/// <summary>
/// <c>merge &lt;partial&gt;... --out &lt;dir&gt;</c>: the reduce half of a sharded build. Combines partial graphs
/// (from <c>extract</c>, or a build's graph.partial.jsonl) into one graph, exactly as if every document
/// had been built at once. Order-free and idempotent: the same content in two shards counts once.
/// </summary>
public static class MergeCommand
{
    public static Command Create()
    {
        var partials = new Argument<string[]>("partial") { Description = "Partial graph files (*.partial.jsonl) to combine.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write graph.graphml, graph.dot, graph.json, graph.svg and graph.partial.jsonl into.", Required = true };
        var noSvg = new Option<bool>("--no-svg") { Description = "Do not render graph.svg even when Graphviz is installed." };
        var keepIsolated = new Option<bool>("--keep-isolated") { Description = "Also draw entities without relations on the DOT map (left off by default, counted in its title)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only problems, no progress or summary." };
        var command = new Command("merge", "Combine partial graphs written by 'extract' into the graph, as GraphML, DOT, JSON and SVG.")
        {
            partials, output, noSvg, keepIsolated, quiet,
        };
        command.SetAction(parse => Run(parse.GetValue(partials) ?? [], parse.GetValue(output)!, parse.GetValue(noSvg), parse.GetValue(quiet), parse.GetValue(keepIsolated)));
        return command;
    }

    public static int Run(string[] partials, string outDir, bool noSvg, bool quiet, bool keepIsolated = false)
    {
        var console = new ConsoleReport(quiet);
        var files = partials.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToArray();
        return GraphOutput.Run(console, outDir, noSvg, "merge", (partial, _, cancel) =>
        {
            // every partial is checked (a regular file, whole: see PartialReader) as it is read; the first problem stops the merge
            var report = CartographPipeline.CreateDefault().Update(files, [], partial.Writer, cancel: cancel);
            if (report.DocumentsInGraph == 0)
                throw new InvalidDataException((files.Length == 1 ? $"{files[0]}: the partial graph holds" : "the partial graphs hold")
                    + " no documents: nothing to merge");
            return report;
        }, keepIsolated);
    }
}
