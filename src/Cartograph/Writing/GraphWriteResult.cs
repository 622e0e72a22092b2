namespace Cartograph.Writing;

/// <summary>What <see cref="GraphWriters.WriteAll(Cartograph.Graph.KnowledgeGraph, GraphMetadata, string)"/> produced.</summary>
/// <param name="Files">Full paths of the files written, in the order written.</param>
/// <param name="Warnings">Non-fatal problems, e.g. Graphviz missing so no SVG, or Graphviz messages.</param>
public sealed record GraphWriteResult(IReadOnlyList<string> Files, IReadOnlyList<string> Warnings);

/// <summary>Options for <see cref="GraphWriters.WriteAll(Cartograph.Graph.KnowledgeGraph, GraphMetadata, string, GraphWriteOptions)"/>.</summary>
/// <param name="RenderSvg">Run Graphviz to produce graph.svg when it is installed.</param>
/// <param name="Map">What the DOT map (and so the SVG) shows: never more than a few hundred nodes, so Graphviz takes seconds.</param>
/// <param name="SvgTimeout">Graphviz is killed after this long and the SVG skipped (with a warning).</param>
/// <param name="Cancel">Stops the writing (Ctrl-C): the file being written is abandoned, Graphviz killed.</param>
public sealed record GraphWriteOptions(bool RenderSvg = true, DotMapOptions? Map = null, TimeSpan? SvgTimeout = null, CancellationToken Cancel = default)
{
    public static readonly GraphWriteOptions Default = new();

    public DotMapOptions Map { get; init; } = Map ?? DotMapOptions.Default;

    public TimeSpan EffectiveSvgTimeout => SvgTimeout ?? TimeSpan.FromMinutes(5);
}
