using System.CommandLine;
using Cartograph.Partials;
using Cartograph.Pipeline;

namespace Cartograph.Cli;

/// <summary>
/// <c>build &lt;input&gt;... --out &lt;dir&gt;</c>: reads every document under the inputs and writes graph.graphml,
/// graph.dot, graph.json, graph.svg and graph.partial.jsonl. With <c>--update &lt;graph.json&gt;</c> the inputs are
/// added to that graph (using the graph.partial.jsonl beside it) instead.
/// </summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var output = CommonOptions.OutFolder("Folder to write graph.graphml, graph.dot, graph.json, graph.svg and graph.partial.jsonl into (with --update: defaults to the updated graph's folder).");
        var update = new Option<string>("--update") { Description = "An existing graph.json to add the inputs to; its graph.partial.jsonl must be beside it. Documents already in it (same content) change nothing; a file with the id of one in it replaces it (and is reported)." };
        var threads = CommonOptions.Threads();
        var noSvg = CommonOptions.NoSvg();
        var keepIsolated = CommonOptions.KeepIsolated();
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var skipMissing = CommonOptions.SkipMissing();
        var command = new Command("build", "Build the graph of a corpus and write it as GraphML, DOT, JSON and SVG.")
        {
            inputs, output, update, threads, noSvg, keepIsolated, quiet, verbose, skipMissing,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(output) is null && result.GetResult(update) is null)
                result.AddError("option '--out' is required (unless --update names the graph to update).");
        });
        command.SetAction(parse =>
        {
            var console = new ConsoleReport(parse.GetValue(quiet), parse.GetValue(verbose));
            var paths = InputPaths.Existing(parse.GetValue(inputs) ?? [], parse.GetValue(skipMissing), console, "build");
            if (paths is null) return ExitCodes.UsageError;
            string? updated = parse.GetValue(update);
            string outDir = parse.GetValue(output) ?? Path.GetDirectoryName(Path.GetFullPath(updated!))!;
            return updated is null
                ? Run(console, paths, outDir, parse.GetValue(threads), parse.GetValue(noSvg), parse.GetValue(keepIsolated))
                : RunUpdate(console, updated, paths, outDir, parse.GetValue(threads), parse.GetValue(noSvg), parse.GetValue(keepIsolated));
        });
        return command;
    }

    /// <summary>A build without the command line (its inputs are read as given; a missing one is reported and skipped).</summary>
    public static int Run(string[] inputs, string outDir, int threads, bool noSvg, bool quiet, bool keepIsolated = false) =>
        Run(new ConsoleReport(quiet), inputs, outDir, threads, noSvg, keepIsolated);

    private static int Run(ConsoleReport console, string[] inputs, string outDir, int threads, bool noSvg, bool keepIsolated)
    {
        // the lexicons and the model load, and the corpus is listed, while the output folder is taken. Taking it may put
        // back the files of a run that was stopped while switching them in (an output folder inside an input folder):
        // then the corpus is listed again, as it is now
        var pipeline = Task.Run(() => CartographPipeline.CreateDefault(threads));
        var listing = Task.Run(() => Reading.CorpusScanner.Scan(inputs));
        return GraphOutput.Run(console, outDir, noSvg, "build", (partial, set, cancel) =>
        {
            var scan = set.Recovered.Count > 0 ? Reading.CorpusScanner.Scan(inputs) : listing.GetAwaiter().GetResult();
            return console.WithProgress(progress => pipeline.GetAwaiter().GetResult().Build(scan, progress, cancel, partial.Writer));
        }, report => ConsoleReport.ReadLine(report), keepIsolated);
    }

    /// <summary>
    /// Adds the inputs to the graph of <paramref name="graphJson"/>. graph.json and the partial beside it are checked
    /// first (<see cref="UpdateBase"/>): a graph that is cut short, or a partial that is not the one it was built from,
    /// stops the update with exit 4 instead of replacing the graph with less than it held.
    /// </summary>
    private static int RunUpdate(ConsoleReport console, string graphJson, string[] inputs, string outDir, int threads, bool noSvg, bool keepIsolated)
    {
        string graphPath = Path.GetFullPath(graphJson);
        string previous = Path.Combine(Path.GetDirectoryName(graphPath)!, PartialFormat.BuildFileName);
        return GraphOutput.Run(console, outDir, noSvg, "build", (partial, set, cancel) =>
        {
            // under the output folder's lock: when it is the graph's own folder, no other run is switching files there
            if (Reading.FileKinds.Of(previous) == Reading.FileKind.Missing && Reading.FileKinds.Of(graphPath) == Reading.FileKind.Regular)
                throw new InvalidDataException($"cannot update '{graphPath}': the partial graph it was built from, '{previous}', is missing. "
                    + "Every build writes it beside graph.json; build the corpus once more to get it.");
            UpdateBase.Verify(graphPath, previous);
            var pipeline = CartographPipeline.CreateDefault(threads);
            // the previous partial is read to the end before the new one takes its name (same folder is fine)
            return console.WithProgress(progress => pipeline.Update([previous], inputs, partial.Writer, progress, cancel, set.StagingFolder));
        }, report => ConsoleReport.ReadLine(report, "new documents"), keepIsolated);
    }
}
