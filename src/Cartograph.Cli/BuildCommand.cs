using System.CommandLine;
using Cartograph.Pipeline;
using Cartograph.Writing;

namespace Cartograph.Cli;

/// <summary><c>build &lt;input&gt;... --out &lt;dir&gt;</c>: reads every .txt/.md under the inputs and writes graph.graphml, graph.dot, graph.json (and graph.svg).</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("input") { Description = "Files or folders to read (.txt and .md, recursively).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write graph.graphml, graph.dot, graph.json and graph.svg into.", Required = true };
        var threads = new Option<int>("--threads") { Description = "Documents extracted in parallel (default: one per core).", DefaultValueFactory = _ => 0 };
        var noSvg = new Option<bool>("--no-svg") { Description = "Do not render graph.svg even when Graphviz is installed." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only problems, no progress or summary." };
        var command = new Command("build", "Build the graph of a corpus and write it as GraphML, DOT, JSON and SVG.")
        {
            inputs, output, threads, noSvg, quiet,
        };
        command.SetAction(parse => Run(
            parse.GetValue(inputs) ?? [],
            parse.GetValue(output)!,
            parse.GetValue(threads),
            parse.GetValue(noSvg),
            parse.GetValue(quiet)));
        return command;
    }

    public static int Run(string[] inputs, string outDir, int threads, bool noSvg, bool quiet)
    {
        var console = new ConsoleReport(quiet);
        var pipeline = CartographPipeline.CreateDefault(threads);
        var report = console.WithProgress(progress => pipeline.Build(inputs, progress));
        console.Problems(report.Problems);
        if (report.DocumentsRead == 0)
        {
            console.Error(report.DocumentsFound == 0
                ? "no .txt or .md documents found in the inputs; nothing to build."
                : "no document could be read; nothing to build.");
            return ExitCodes.NothingToBuild;
        }
        try
        {
            var written = GraphWriters.WriteAll(report.Graph, GraphMetadata.ForCartograph(report.DocumentsRead), outDir,
                new GraphWriteOptions(RenderSvg: !noSvg));
            console.Summary(report, written);
        }
        catch (IOException ex)
        {
            console.Error(ex.Message);
            return ExitCodes.OutputFailed;
        }
        return ExitCodes.Success;
    }
}
