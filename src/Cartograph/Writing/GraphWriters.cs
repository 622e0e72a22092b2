using Cartograph.Graph;

namespace Cartograph.Writing;

/// <summary>Writes every output format of one graph into a folder: graph.graphml, graph.dot, graph.json, graph.html and graph.svg.</summary>
public static class GraphWriters
{
    public const string GraphMlFile = "graph.graphml";
    public const string DotFile = "graph.dot";
    public const string JsonFile = "graph.json";
    public const string SvgFile = "graph.svg";
    public const string HtmlFile = "graph.html";

    /// <summary>
    /// The files written from the graph itself, in the order written (graph.svg is rendered from graph.dot after them).
    /// An output format is one more line here: <see cref="OutputSet"/> takes its files from this list. A format that
    /// <c>OnOneThread</c> lays out a small map on one thread, and is written beside the others (see <see cref="WriteFiles"/>).
    /// </summary>
    public static readonly IReadOnlyList<(string File, Action<KnowledgeGraph, GraphMetadata, Stream, GraphWriteOptions> Write, bool OnOneThread)> Formats =
    [
        (GraphMlFile, (graph, meta, stream, _) => GraphMlWriter.Write(graph, meta, stream), false),
        (DotFile, (graph, meta, stream, options) => DotWriter.Write(graph, meta, stream, options.Map), true),
        (JsonFile, (graph, meta, stream, _) => JsonGraphWriter.Write(graph, meta, stream), false),
        (HtmlFile, (graph, meta, stream, _) => GraphHtmlWriter.Write(graph, meta, stream), true),
    ];

    public static GraphWriteResult WriteAll(KnowledgeGraph graph, GraphMetadata meta, string outDir) =>
        WriteAll(graph, meta, outDir, GraphWriteOptions.Default);

    /// <summary>
    /// Writes the graph's files into <paramref name="outDir"/> as one <see cref="OutputSet"/>: the folder holds the old
    /// files or the new ones, never a mix (a graph.partial.jsonl of an earlier build is removed: it no longer matches).
    /// </summary>
    /// <exception cref="OutputFailedException">The output folder cannot be created or written; the message names it.</exception>
    public static GraphWriteResult WriteAll(KnowledgeGraph graph, GraphMetadata meta, string outDir, GraphWriteOptions options)
    {
        using var set = OutputSet.Begin(outDir);
        var staged = WriteFiles(graph, meta, set.StagingFolder, options);
        set.Commit(staged.Files.Select(Path.GetFileName)!);
        return staged with { Files = [.. staged.Files.Select(f => set.Final(Path.GetFileName(f)))] };
    }

    /// <summary>
    /// Writes graph.graphml, graph.dot, graph.json and graph.html into <paramref name="folder"/> (a staging folder: see
    /// <see cref="OutputSet"/>), then graph.svg when Graphviz renders it.
    /// </summary>
    /// <exception cref="OutputFailedException">A file cannot be written; the message names it.</exception>
    /// <exception cref="OperationCanceledException"><see cref="GraphWriteOptions.Cancel"/> was cancelled.</exception>
    public static GraphWriteResult WriteFiles(KnowledgeGraph graph, GraphMetadata meta, string folder, GraphWriteOptions options)
    {
        string dir = Path.GetFullPath(folder);
        var warnings = new List<string>();
        var svg = new List<string>();
        try
        {
            Directory.CreateDirectory(dir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw OutputFailedException.Writing(Path.Combine(dir, Formats[0].File), ex);
        }
        // every format reads the analytics: computed once, before the lanes below ask for them
        _ = Analytics.GraphAnalytics.Of(graph);
        // Every format on a thread of its own, side by side: the large ones (GraphML, JSON) format their elements on
        // every core, and one after the other left the cores idle between waves of chunks and at each file's end
        // (100 MB corpus, eight pairs: write stage 2.02 -> 1.69 s, median; peak 40 MB higher); the maps (DOT, HTML) lay
        // out a few hundred nodes on one thread each and fill the gaps. graph.svg is rendered as soon as graph.dot is
        // there. Each file is the same whichever runs first.
        var failures = new Exception?[Formats.Count + 1];
        void Write(int f)
        {
            if (!WriteFormat(graph, meta, dir, options, f, failures) || Formats[f].File != DotFile) return;
            if (options.RenderSvg && failures.All(x => x is null))
            {
                try
                {
                    RenderSvg(dir, options, svg, warnings);
                }
                catch (Exception ex)
                {
                    failures[^1] = ex;
                }
            }
        }
        var beside = Enumerable.Range(1, Formats.Count - 1)
            .Select(f => new Thread(() => Write(f)) { IsBackground = true, Name = "Cartograph " + Formats[f].File }).ToArray();
        foreach (var t in beside) t.Start();
        Write(0);
        foreach (var t in beside) t.Join();
        // the failure a sequential write would have met first
        if (failures.FirstOrDefault(f => f is not null) is { } failure) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        return new GraphWriteResult([.. Formats.Select(f => Path.Combine(dir, f.File)), .. svg], warnings);
    }

    /// <summary>Writes format <paramref name="f"/>; a failure is kept at its place in <paramref name="failures"/> (then false).</summary>
    private static bool WriteFormat(KnowledgeGraph graph, GraphMetadata meta, string dir, GraphWriteOptions options, int f, Exception?[] failures)
    {
        var (name, write, _) = Formats[f];
        string file = Path.Combine(dir, name);
        try
        {
            AtomicFile.Write(file, s => write(graph, meta, new GuardedOutput(s, file, options.Cancel), options));
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            failures[f] = OutputFailedException.Writing(file, ex);
        }
        catch (Exception ex)
        {
            failures[f] = ex;
        }
        return false;
    }

    /// <summary>The SVG is a convenience: any problem becomes a warning, never a failure of the whole write.</summary>
    private static void RenderSvg(string dir, GraphWriteOptions options, List<string> files, List<string> warnings)
    {
        string? dot = SvgRenderer.FindDot();
        if (dot is null)
        {
            warnings.Add($"{SvgFile} skipped: Graphviz 'dot' is not on PATH (install the graphviz package).");
            return;
        }
        string svg = Path.Combine(dir, SvgFile);
        try
        {
            foreach (var line in SvgRenderer.Render(dot, Path.Combine(dir, DotFile), svg, options.EffectiveSvgTimeout, options.Cancel))
                warnings.Add("graphviz: " + line);
            files.Add(svg);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            warnings.Add($"{SvgFile} skipped: {ex.Message}");
        }
    }
}
