using Cartograph.Partials;
using Cartograph.Pipeline;
using Cartograph.Writing;

namespace Cartograph.Cli;

/// <summary>
/// The run shared by build, build --update and merge: take the output folder (its lock, and what a killed run left),
/// let the command make its graph while its partial graph streams into the staging folder, write graph.graphml/.dot/
/// .json/.svg beside it, and switch the whole set in at once (<see cref="OutputSet"/>). Every way it can fail ends
/// here as one line naming the path and the exit code the README gives: nothing is thrown at the user.
/// </summary>
internal static class GraphOutput
{
    /// <summary>What a command does inside the run: fold its documents into a graph, writing each kept one to <c>partial</c>.</summary>
    public delegate BuildReport Produce(PartialFileOutput partial, OutputSet set, CancellationToken cancel);

    /// <param name="headline">The summary's first line: what was read or merged.</param>
    public static int Run(ConsoleReport console, string outDir, bool noSvg, string action, Produce produce, Func<BuildReport, string> headline, bool keepIsolated = false) =>
        Guard(console, Directory.Exists(outDir)
            ? $"'{Path.GetFullPath(outDir)}' still holds what it held before"
            : $"nothing was written to '{Path.GetFullPath(outDir)}'", cancel =>
        {
            using var set = OutputSet.Begin(outDir);
            foreach (var note in set.Recovered) console.Warning(note);
            using var partial = new PartialFileOutput(set.Staged(PartialFormat.BuildFileName), cancel);
            var report = produce(partial, set, cancel);
            if (!console.DocumentsRead(report, action)) return ExitCodes.NothingToBuild;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            string digest = partial.Writer.Finish();
            var meta = GraphMetadata.ForCartograph(report.DocumentsInGraph) with { PartialDigest = digest };
            var written = GraphWriters.WriteFiles(report.Graph, meta, set.StagingFolder, new GraphWriteOptions(RenderSvg: !noSvg, Map: new DotMapOptions(KeepIsolated: keepIsolated), Cancel: cancel));
            partial.Commit();
            cancel.ThrowIfCancellationRequested();
            var names = written.Files.Select(Path.GetFileName).Append(PartialFormat.BuildFileName).ToArray();
            set.Commit(names!);
            ConsoleReport.Timings(report, clock.Elapsed);
            console.Summary(report, written with { Files = [.. written.Files.Select(f => set.Final(Path.GetFileName(f)))] },
                set.Final(PartialFormat.BuildFileName), headline(report));
            return ExitCodes.Success;
        });

    /// <summary>
    /// Runs <paramref name="body"/> with Ctrl-C and SIGTERM caught and every failure turned into a message and an exit
    /// code: 3 for what could not be written, 4 for a graph or partial that cannot be used, 130/143 for a signal.
    /// <paramref name="untouched"/> says, after a stop, what is still as it was.
    /// </summary>
    public static int Guard(ConsoleReport console, string untouched, Func<CancellationToken, int> body)
    {
        using var interruption = new Interruption();
        try
        {
            return body(interruption.Token);
        }
        catch (OperationCanceledException) when (interruption.Signal is not null)
        {
            console.Interrupted(interruption.SignalName, $"cleaned up; {untouched}.");
            return interruption.ExitCode;
        }
        catch (OutputFailedException ex)
        {
            console.Error(ex.Message);
            return ExitCodes.OutputFailed;
        }
        catch (InvalidDataException ex)
        {
            console.Error(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // every read of an input is reported as a problem or an InvalidDataException: what is left is the output side
            console.Error(ex.Message.ReplaceLineEndings(" "));
            return ExitCodes.OutputFailed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // a bug, not a bad input: still one line, never a stack trace
            console.Error($"unexpected failure ({ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}); this is a bug in Cartograph, please report it");
            return ExitCodes.NothingToBuild;
        }
    }
}
