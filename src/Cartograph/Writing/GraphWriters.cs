using Cartograph.Graph;

namespace Cartograph.Writing;

/// <summary>Writes every output format of one graph into a folder: graph.graphml, graph.dot, graph.json and graph.svg.</summary>
public static class GraphWriters
{
    public const string GraphMlFile = "graph.graphml";
    public const string DotFile = "graph.dot";
    public const string JsonFile = "graph.json";
    public const string SvgFile = "graph.svg";

    public static GraphWriteResult WriteAll(KnowledgeGraph graph, GraphMetadata meta, string outDir) =>
        WriteAll(graph, meta, outDir, GraphWriteOptions.Default);

    /// <exception cref="IOException">The output folder cannot be created or written; the message names it.</exception>
    public static GraphWriteResult WriteAll(KnowledgeGraph graph, GraphMetadata meta, string outDir, GraphWriteOptions options)
    {
        string dir = Path.GetFullPath(outDir);
        var files = new List<string>();
        var warnings = new List<string>();
        try
        {
            Directory.CreateDirectory(dir);
            (string File, Action<Stream> Write)[] outputs =
            [
                (Path.Combine(dir, GraphMlFile), s => GraphMlWriter.Write(graph, meta, s)),
                (Path.Combine(dir, DotFile), s => DotWriter.Write(graph, meta, s)),
                (Path.Combine(dir, JsonFile), s => JsonGraphWriter.Write(graph, meta, s)),
            ];
            // one file at a time: each writer already formats on every core, and three at once held three
            // sets of buffers for no gain in time on a 2-core machine (1 GB corpus: one of the changes that took the
            // peak from 2,434 to 2,322 MiB; bench/RESULTS.md, session 5)
            foreach (var (file, write) in outputs) AtomicFile.Write(file, write);
            files.AddRange(outputs.Select(o => o.File));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"Cannot write the graph files to the output folder '{dir}': {ex.Message}", ex);
        }

        if (options.RenderSvg) RenderSvg(graph, dir, options, files, warnings);
        return new GraphWriteResult(files, warnings);
    }

    /// <summary>The SVG is a convenience: any problem becomes a warning, never a failure of the whole write.</summary>
    private static void RenderSvg(KnowledgeGraph graph, string dir, GraphWriteOptions options, List<string> files, List<string> warnings)
    {
        if (graph.VertexCount > options.MaxSvgNodes)
        {
            warnings.Add($"{SvgFile} skipped: {graph.VertexCount} nodes is more than {options.MaxSvgNodes}; render {DotFile} yourself if needed.");
            return;
        }
        string? dot = SvgRenderer.FindDot();
        if (dot is null)
        {
            warnings.Add($"{SvgFile} skipped: Graphviz 'dot' is not on PATH (install the graphviz package).");
            return;
        }
        string svg = Path.Combine(dir, SvgFile);
        try
        {
            foreach (var line in SvgRenderer.Render(dot, Path.Combine(dir, DotFile), svg, options.EffectiveSvgTimeout))
                warnings.Add("graphviz: " + line);
            files.Add(svg);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            warnings.Add($"{SvgFile} skipped: {ex.Message}");
        }
    }
}
