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
        var inputs = new Argument<string[]>("input") { Description = "Files or folders to read (.txt and .md, recursively).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "The partial graph file to write (e.g. shard-07.partial.jsonl).", Required = true };
        var threads = new Option<int>("--threads") { Description = "Documents extracted in parallel (default: one per core).", DefaultValueFactory = _ => 0 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only problems, no progress or summary." };
        var command = new Command("extract", "Extract a shard of the corpus into a partial graph, to be combined by 'merge'.")
        {
            inputs, output, threads, quiet,
        };
        command.SetAction(parse => Run(parse.GetValue(inputs) ?? [], parse.GetValue(output)!, parse.GetValue(threads), parse.GetValue(quiet)));
        return command;
    }

    public static int Run(string[] inputs, string outFile, int threads, bool quiet)
    {
        var console = new ConsoleReport(quiet);
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
