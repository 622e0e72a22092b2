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
    /// An output format is one more line here: <see cref="OutputSet"/> takes its files from this list.
    /// </summary>
    public static readonly IReadOnlyList<(string File, Action<KnowledgeGraph, GraphMetadata, Stream, GraphWriteOptions> Write)> Formats =
    [
        (GraphMlFile, (graph, meta, stream, _) => GraphMlWriter.Write(graph, meta, stream)),
        (DotFile, (graph, meta, stream, options) => DotWriter.Write(graph, meta, stream, options.Map)),
        (JsonFile, (graph, meta, stream, _) => JsonGraphWriter.Write(graph, meta, stream)),
        (HtmlFile, (graph, meta, stream, _) => GraphHtmlWriter.Write(graph, meta, stream)),
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
        var files = new List<string>();
        var warnings = new List<string>();
        // one file at a time: each writer already formats on every core, and three at once held three
        // sets of buffers for no gain in time on a 2-core machine (1 GB corpus: one of the changes that took the
        // peak from 2,434 to 2,322 MiB; bench/RESULTS.md, session 5)
        foreach (var (name, write) in Formats)
        {
            string file = Path.Combine(dir, name);
            try
            {
                Directory.CreateDirectory(dir);
                AtomicFile.Write(file, s => write(graph, meta, new GuardedOutput(s, file, options.Cancel), options));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw OutputFailedException.Writing(file, ex);
            }
            files.Add(file);
        }

        if (options.RenderSvg) RenderSvg(graph, dir, options, files, warnings);
        return new GraphWriteResult(files, warnings);
    }

    /// <summary>The SVG is a convenience: any problem becomes a warning, never a failure of the whole write.</summary>
    private static void RenderSvg(KnowledgeGraph graph, string dir, GraphWriteOptions options, List<string> files, List<string> warnings)
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
