using System.CommandLine;
using Cartograph.Partials;
using Cartograph.Pipeline;

namespace Cartograph.Cli;

/// <summary>
/// <c>extract &lt;input&gt;... --out &lt;shard.partial.jsonl&gt;</c>: the map half of a sharded build. Reads and
/// extracts the inputs and writes what was found, unresolved, as a partial graph for <c>merge</c>.
/// </summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var output = CommonOptions.OutFile("The partial graph file to write (e.g. shard-07.partial.jsonl).");
        var threads = CommonOptions.Threads();
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var skipMissing = CommonOptions.SkipMissing();
        var command = new Command("extract", "Extract a shard of the corpus into a partial graph, to be combined by 'merge'.")
        {
            inputs, output, threads, quiet, verbose, skipMissing,
        };
        command.SetAction(parse =>
        {
            var console = new ConsoleReport(parse.GetValue(quiet), parse.GetValue(verbose));
            var paths = InputPaths.Existing(parse.GetValue(inputs) ?? [], parse.GetValue(skipMissing), console, "extract");
            return paths is null ? ExitCodes.UsageError : Run(console, paths, parse.GetValue(output)!, parse.GetValue(threads));
        });
        return command;
    }

    private static int Run(ConsoleReport console, string[] inputs, string outFile, int threads)
    {
        string target = Path.GetFullPath(outFile);
        return GraphOutput.Guard(console, $"'{target}' is as it was", cancel =>
        {
            using var partial = new PartialFileOutput(target, cancel);
            foreach (var leftover in partial.Leftovers) console.Warning($"removed the temp file '{leftover}', left by an earlier run that was stopped");
            var pipeline = CartographPipeline.CreateDefault(threads);
            var report = console.WithProgress(progress => pipeline.ExtractTo(inputs, partial.Writer, progress, cancel));
            if (!console.DocumentsRead(report, "extract")) return ExitCodes.NothingToBuild;
            partial.Commit();
            console.Line($"Extracted {report.DocumentsInGraph:N0} of {report.DocumentsFound:N0} documents in {report.Elapsed.TotalSeconds:N2} s into {partial.Path}");
            ConsoleReport.Timings(report);
            return ExitCodes.Success;
        });
    }
}
