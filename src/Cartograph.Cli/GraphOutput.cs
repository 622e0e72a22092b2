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
        if (!console.DocumentsRead(report, "build")) return ExitCodes.NothingToBuild;
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var written = GraphWriters.WriteAll(report.Graph, GraphMetadata.ForCartograph(report.DocumentsInGraph), outDir,
                new GraphWriteOptions(RenderSvg: !noSvg));
            partial.Commit();
            ConsoleReport.Timings(report, clock.Elapsed);
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
