using System.Diagnostics.CodeAnalysis;
using QuikGraph;

namespace Cartograph.Analytics;

/// <summary>
/// <see cref="WeightedAdjacency"/> as a QuikGraph <see cref="IBidirectionalGraph{TVertex, TEdge}"/> whose vertices
/// are node positions, so QuikGraph's algorithms run on the project's arrays without a copy into QuikGraph's own
/// dictionary-based graph. With <c>repeatByWeight</c>, an arc of weight w appears as w parallel edges: that is
/// how QuikGraph's (unweighted) PageRank becomes weighted PageRank, a walker leaving a node along an edge in
/// proportion to the sentences that support it. Edges are produced on the fly as structs; nothing is stored.
/// </summary>
internal sealed class RankingGraphView : IBidirectionalGraph<int, SEdge<int>>
{
    private readonly WeightedAdjacency _graph;
    private readonly bool _repeatByWeight;
    private readonly int[] _outDegree;
    private readonly int[] _inDegree;
    private readonly int _edgeCount;

    public RankingGraphView(WeightedAdjacency graph, bool repeatByWeight)
    {
        _graph = graph;
        _repeatByWeight = repeatByWeight;
        _outDegree = new int[graph.NodeCount];
        _inDegree = new int[graph.NodeCount];
        long total = 0;
        for (int v = 0; v < graph.NodeCount; v++)
        {
            for (int a = graph.OutStart[v]; a < graph.OutStart[v + 1]; a++) _outDegree[v] += Multiplicity(graph.OutWeight[a]);
            for (int a = graph.InStart[v]; a < graph.InStart[v + 1]; a++) _inDegree[v] += Multiplicity(graph.InWeight[a]);
            total += _outDegree[v];
        }
        _edgeCount = checked((int)total);
    }

    private int Multiplicity(int weight) => _repeatByWeight ? Math.Max(1, weight) : 1;

    public bool IsDirected => true;
    public bool AllowParallelEdges => true;

    public bool IsVerticesEmpty => _graph.NodeCount == 0;
    public int VertexCount => _graph.NodeCount;
    public IEnumerable<int> Vertices => Enumerable.Range(0, _graph.NodeCount);
    public bool ContainsVertex(int vertex) => (uint)vertex < (uint)_graph.NodeCount;

    public bool IsEdgesEmpty => _edgeCount == 0;
    public int EdgeCount => _edgeCount;
    public IEnumerable<SEdge<int>> Edges
    {
        get
        {
            for (int v = 0; v < _graph.NodeCount; v++)
                foreach (var e in OutEdges(v)) yield return e;
        }
    }

    public bool ContainsEdge(SEdge<int> edge) => ContainsEdge(edge.Source, edge.Target);

    public bool ContainsEdge(int source, int target) => TryGetEdge(source, target, out _);

    public bool TryGetEdge(int source, int target, out SEdge<int> edge)
    {
        edge = new SEdge<int>(source, target);
        if (!ContainsVertex(source)) return false;
        for (int a = _graph.OutStart[source]; a < _graph.OutStart[source + 1]; a++)
            if (_graph.OutTarget[a] == target) return true;
        return false;
    }

    public bool TryGetEdges(int source, int target, [NotNullWhen(true)] out IEnumerable<SEdge<int>>? edges)
    {
        edges = ContainsVertex(source) ? OutEdges(source).Where(e => e.Target == target) : null;
        return edges is not null;
    }

    public bool IsOutEdgesEmpty(int vertex) => _outDegree[vertex] == 0;
    public int OutDegree(int vertex) => _outDegree[vertex];
    public IEnumerable<SEdge<int>> OutEdges(int vertex) => Arcs(vertex, _graph.OutStart, _graph.OutTarget, _graph.OutWeight, outgoing: true);
    public SEdge<int> OutEdge(int vertex, int index) => OutEdges(vertex).ElementAt(index);

    public bool TryGetOutEdges(int vertex, [NotNullWhen(true)] out IEnumerable<SEdge<int>>? edges)
    {
        edges = ContainsVertex(vertex) ? OutEdges(vertex) : null;
        return edges is not null;
    }

    public bool IsInEdgesEmpty(int vertex) => _inDegree[vertex] == 0;
    public int InDegree(int vertex) => _inDegree[vertex];
    public IEnumerable<SEdge<int>> InEdges(int vertex) => Arcs(vertex, _graph.InStart, _graph.InSource, _graph.InWeight, outgoing: false);
    public SEdge<int> InEdge(int vertex, int index) => InEdges(vertex).ElementAt(index);

    public bool TryGetInEdges(int vertex, [NotNullWhen(true)] out IEnumerable<SEdge<int>>? edges)
    {
        edges = ContainsVertex(vertex) ? InEdges(vertex) : null;
        return edges is not null;
    }

    public int Degree(int vertex) => _outDegree[vertex] + _inDegree[vertex];

    private IEnumerable<SEdge<int>> Arcs(int vertex, int[] start, int[] other, int[] weight, bool outgoing)
    {
        for (int a = start[vertex]; a < start[vertex + 1]; a++)
        {
            var edge = outgoing ? new SEdge<int>(vertex, other[a]) : new SEdge<int>(other[a], vertex);
            for (int r = Multiplicity(weight[a]); r > 0; r--) yield return edge;
        }
    }
}
