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
        var output = CommonOptions.OutFolder("Folder to write graph.graphml, graph.dot, graph.json, graph.svg and graph.partial.jsonl into.");
        output.Required = true;
        var noSvg = CommonOptions.NoSvg();
        var keepIsolated = CommonOptions.KeepIsolated();
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var command = new Command("merge", "Combine partial graphs written by 'extract' into the graph, as GraphML, DOT, JSON and SVG.")
        {
            partials, output, noSvg, keepIsolated, quiet, verbose,
        };
        command.SetAction(parse => Run(new ConsoleReport(parse.GetValue(quiet), parse.GetValue(verbose)),
            parse.GetValue(partials) ?? [], parse.GetValue(output)!, parse.GetValue(noSvg), parse.GetValue(keepIsolated)));
        return command;
    }

    private static int Run(ConsoleReport console, string[] partials, string outDir, bool noSvg, bool keepIsolated)
    {
        var files = partials.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToArray();
        return GraphOutput.Run(console, outDir, noSvg, "merge", (partial, _, cancel) =>
        {
            // every partial is checked (a regular file, whole: see PartialReader) as it is read; the first problem stops the merge
            var report = CartographPipeline.CreateDefault().Update(files, [], partial.Writer, cancel: cancel);
            if (report.DocumentsInGraph == 0)
                throw new InvalidDataException((files.Length == 1 ? $"{files[0]}: the partial graph holds" : "the partial graphs hold")
                    + " no documents: nothing to merge");
            return report;
        }, report => $"Merged {report.DocumentsInGraph:N0} documents from {files.Length:N0} partial graph{(files.Length == 1 ? "" : "s")} in {report.Elapsed.TotalSeconds:N2} s", keepIsolated);
    }
}
