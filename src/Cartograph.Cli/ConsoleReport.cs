using Cartograph.Graph;
using Cartograph.Pipeline;
using Cartograph.Reading;
using Cartograph.Writing;
using Spectre.Console;

namespace Cartograph.Cli;

/// <summary>
/// What the user sees: problems on stderr (each error naming its file; warnings of one kind counted in one line
/// unless --verbose), a progress bar on a terminal when the corpus is large, and a one-screen summary on stdout
/// at the end (none with --quiet).
/// </summary>
public sealed class ConsoleReport
{
    /// <summary>Below this many documents a build takes well under a second: no progress bar.</summary>
    private const int ProgressThreshold = 200;
    private readonly bool _quiet;
    private readonly bool _verbose;
    private bool _stdoutFailed;

    public ConsoleReport(bool quiet, bool verbose = false)
    {
        _quiet = quiet;
        _verbose = verbose;
    }

    /// <summary>
    /// One line to stdout. A closed or broken stdout (<c>&gt;&amp;-</c>, a pipe whose reader left) is not a failure of
    /// the build, whose files are written: it is said once on stderr and the rest of the summary dropped.
    /// </summary>
    private void Out(string line)
    {
        if (_stdoutFailed) return;
        try
        {
            Console.Out.WriteLine(line);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            _stdoutFailed = true;
            Err($"cartograph: warning: cannot print the summary to stdout ({ex.Message.ReplaceLineEndings(" ")}); the outputs are written");
        }
    }

    /// <summary>One line to stderr; if even stderr is closed there is nobody to tell, and the exit code says it all.</summary>
    private static void Err(string line)
    {
        try
        {
            Console.Error.WriteLine(line);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // nowhere left to write
        }
    }

    /// <summary>
    /// The terminal's cursor, which the progress bar hides, shown again: a run stopped by Ctrl-C must not leave the
    /// user's shell without one.
    /// </summary>
    public static void RestoreCursor()
    {
        if (Console.IsErrorRedirected) return;
        try
        {
            Console.Error.Write("\u001b[?25h");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // no terminal left to fix
        }
    }

    public BuildReport WithProgress(Func<IProgress<BuildProgress>?, BuildReport> build)
    {
        if (_quiet || Console.IsErrorRedirected || Console.IsOutputRedirected) return build(null);
        try
        {
            return WithProgressBar(build);
        }
        catch
        {
            RestoreCursor();
            throw;
        }
    }

    private static BuildReport WithProgressBar(Func<IProgress<BuildProgress>?, BuildReport> build)
    {
        BuildReport? report = null;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                ProgressTask? task = null;
                var progress = new Progress<BuildProgress>(p =>
                {
                    if (p.Total < ProgressThreshold) return;
                    task ??= ctx.AddTask("extracting", maxValue: p.Total);
                    task.Value = Math.Max(task.Value, p.Done);
                    task.Description = $"extracting {p.Done:N0}/{p.Total:N0} documents";
                });
                report = build(progress);
            });
        return report!;
    }

    /// <summary>
    /// Every error, each naming its file. Warnings too with --verbose; otherwise a kind of warning that several files
    /// share ("repaired double-encoded UTF-8") is one line that counts them, so a large corpus does not bury the errors.
    /// </summary>
    public void Problems(IEnumerable<ReadProblem> problems)
    {
        var warnings = new List<ReadProblem>();
        foreach (var p in problems)
        {
            if (p.Severity == ProblemSeverity.Warning && !_verbose) warnings.Add(p);
            else Err(p.ToString());
        }
        foreach (var kind in warnings.GroupBy(w => w.Kind, StringComparer.Ordinal))
        {
            int files = kind.Select(w => w.Path).Distinct(StringComparer.Ordinal).Count();
            if (files == 1 && kind.Count() == 1) Err(kind.First().ToString());
            else Warning($"{kind.Key} in {files:N0} file{(files == 1 ? "" : "s")}; --verbose lists them");
        }
    }

    public void Error(string message) => Err("cartograph: error: " + message);

    public void Warning(string message) => Err("cartograph: warning: " + message);

    /// <summary>A usage error found once the command line was parsed (an input path that does not exist).</summary>
    public void UsageError(string command, string message) => Err($"{CommandLineDefinition.ProgramName} {command}: usage error: {message}");

    /// <summary>What a run stopped by a signal says: that it stopped, and that the output folder still holds what it held.</summary>
    public void Interrupted(string signal, string what)
    {
        RestoreCursor();
        Err($"cartograph: stopped by {signal}; {what}");
    }

    /// <summary>Reports the read problems; false, after saying there is nothing to <paramref name="action"/>, when no document got in.</summary>
    public bool DocumentsRead(BuildReport report, string action)
    {
        Problems(report.Problems);
        if (report.DocumentsInGraph > 0) return true;
        Error(report.DocumentsFound == 0
            ? $"no documents found in the inputs ({CommonOptions.CorpusFormats}); nothing to {action}."
            : $"no document could be read; nothing to {action}.");
        return false;
    }

    /// <summary>
    /// With CARTOGRAPH_TIMINGS=1, one line on stderr for performance work: where the time went (when the
    /// report has stage timings and <paramref name="writing"/> is given), the GC's work, and memory.
    /// </summary>
    public static void Timings(BuildReport report, TimeSpan? writing = null)
    {
        if (Environment.GetEnvironmentVariable("CARTOGRAPH_TIMINGS") != "1") return;
        const double MiB = 1048576.0;
        var line = new System.Text.StringBuilder("timings: ");
        if (report.Timings is { } t && writing is { } w)
            line.Append($"read+extract {t.ReadExtractFold.TotalSeconds:N2} s (folding {t.Folding.TotalSeconds:N2} s of it), ")
                .Append($"to graph {t.ToGraph.TotalSeconds:N2} s, write {w.TotalSeconds:N2} s; ");
        line.Append($"GC paused {GC.GetTotalPauseDuration().TotalSeconds:N2} s over {GC.CollectionCount(0):N0}/{GC.CollectionCount(1):N0}/{GC.CollectionCount(2):N0} ")
            .Append($"gen0/1/2 collections, {GC.GetTotalAllocatedBytes() / MiB:N0} MiB allocated");
        if (report.Timings is { } m)
            line.Append($"; heap {m.HeapAfterFold / MiB:N0} MiB after folding, {m.HeapAfterGraph / MiB:N0} MiB with the graph, ")
                .Append($"peak working set {m.PeakAfterFold / MiB:N0} MiB after folding, {m.PeakBeforeWriting / MiB:N0} MiB before writing and ")
                .Append($"{System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / MiB:N0} MiB");
        Err(line.ToString());
    }

    public void Line(string line)
    {
        if (!_quiet) Out(line);
    }

    /// <summary>The first line of a build's summary: what was read.</summary>
    public static string ReadLine(BuildReport report, string documents = "documents") =>
        $"Read {report.DocumentsRead:N0} of {report.DocumentsFound:N0} {documents} ({report.BytesRead / 1024.0:N1} K chars) in {report.Elapsed.TotalSeconds:N2} s";

    public void Summary(BuildReport report, GraphWriteResult written, string partial, string headline)
    {
        foreach (var w in written.Warnings) Warning(w);
        if (_quiet) return;
        var summary = GraphSummary.Of(report.Graph);
        var o = new LineSink(Out);
        o.WriteLine(headline);
        if (report.DuplicateDocuments > 0) o.WriteLine($"Skipped {report.DuplicateDocuments:N0} document(s) whose content was already in the graph.");
        if (report.ReplacedDocuments > 0) o.WriteLine($"Replaced {report.ReplacedDocuments:N0} document(s) of the graph by a new version (same id, new content; see above).");
        if (report.DocumentsInGraph != report.DocumentsRead - report.DuplicateDocuments) o.WriteLine($"The graph holds {report.DocumentsInGraph:N0} documents.");
        o.WriteLine($"Nodes: {report.Graph.VertexCount:N0}");
        foreach (var (type, n) in summary.NodesByType) o.WriteLine($"  {type.Name(),-14}{n,8:N0}");
        o.WriteLine($"Edges: {report.Graph.EdgeCount:N0}");
        foreach (var (rel, n) in summary.EdgesByRelation) o.WriteLine($"  {rel.Name(),-14}{n,8:N0}");
        LandscapeLines(o, report.Graph);
        int problems = report.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        if (problems > 0) o.WriteLine($"Skipped {problems} document(s) with problems (see above).");
        o.WriteLine("Wrote:");
        foreach (var f in written.Files) o.WriteLine("  " + f);
        o.WriteLine("  " + partial);
    }

    /// <summary>The map in a few lines: the most central entities and the largest communities.</summary>
    private static void LandscapeLines(LineSink o, KnowledgeGraph graph)
    {
        if (graph.VertexCount == 0) return;
        var landscape = LandscapeSummary.Of(graph);
        o.WriteLine("Top entities by PageRank:");
        foreach (var (node, rank) in landscape.TopEntities)
            o.WriteLine($"  {rank,8:0.0000}  {node.Label} ({node.Type.Name()})");
        o.WriteLine($"Largest communities (of {landscape.CommunityCount:N0}, in {landscape.ComponentCount:N0} connected components):");
        foreach (var (community, size, central) in landscape.LargestCommunities)
            o.WriteLine($"  {community,4}: {size,6:N0} entities, around {string.Join(", ", central.Select(n => n.Label))}");
    }

    private readonly record struct LineSink(Action<string> Write)
    {
        public void WriteLine(string line) => Write(line);
    }
}
