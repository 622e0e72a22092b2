using Cartograph.Partials;
using Cartograph.Pipeline;
using Cartograph.Writing;

namespace Cartograph.Cli;

/// <summary>
/// The end shared by build, build --update and merge: report problems, refuse an empty graph, write
/// graph.graphml/.dot/.json/.svg, then put the partial graph (graph.partial.jsonl) in place beside them.
/// </summary>
internal static class GraphOutput
{
    public static int Finish(ConsoleReport console, BuildReport report, string outDir, bool noSvg, PartialFileOutput partial)
    {
        console.Problems(report.Problems);
        if (report.DocumentsInGraph == 0)
        {
            console.Error(report.DocumentsFound == 0
                ? "no .txt or .md documents found in the inputs; nothing to build."
                : "no document could be read; nothing to build.");
            return ExitCodes.NothingToBuild;
        }
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var written = GraphWriters.WriteAll(report.Graph, GraphMetadata.ForCartograph(report.DocumentsInGraph), outDir,
                new GraphWriteOptions(RenderSvg: !noSvg));
            partial.Commit();
            if (report.Timings is { } t && Environment.GetEnvironmentVariable("CARTOGRAPH_TIMINGS") == "1")
                Console.Error.WriteLine($"timings: read+extract {t.ReadExtractFold.TotalSeconds:N2} s (folding {t.Folding.TotalSeconds:N2} s of it), "
                    + $"to graph {t.ToGraph.TotalSeconds:N2} s, write {clock.Elapsed.TotalSeconds:N2} s; "
                    + $"GC paused {GC.GetTotalPauseDuration().TotalSeconds:N2} s over {GC.CollectionCount(0):N0}/{GC.CollectionCount(1):N0}/{GC.CollectionCount(2):N0} "
                    + $"gen0/1/2 collections, {GC.GetTotalAllocatedBytes() / 1048576.0:N0} MiB allocated; heap {t.HeapAfterFold / 1048576.0:N0} MiB after folding, "
                    + $"{t.HeapAfterGraph / 1048576.0:N0} MiB with the graph, peak working set {t.PeakAfterFold / 1048576.0:N0} MiB after folding, {t.PeakBeforeWriting / 1048576.0:N0} MiB before writing and {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB");
            console.Summary(report, written, partial.Path);
        }
        catch (IOException ex)
        {
            console.Error(ex.Message);
            return ExitCodes.OutputFailed;
        }
        return ExitCodes.Success;
    }

    /// <summary>Opens the partial that goes beside graph.json; null (after saying why) when the folder cannot be written.</summary>
    public static PartialFileOutput? OpenPartial(ConsoleReport console, string outDir)
    {
        try
        {
            return new PartialFileOutput(Path.Combine(outDir, PartialFormat.BuildFileName));
        }
        catch (IOException ex)
        {
            console.Error($"cannot write to the output folder '{Path.GetFullPath(outDir)}': {ex.Message}");
            return null;
        }
    }
}
