using Cartograph.Analytics;
using Cartograph.Graph;

namespace Cartograph.Pipeline;

/// <summary>For the end-of-build summary: the entities with the highest PageRank and the largest communities with their most central members.</summary>
public sealed record LandscapeSummary(IReadOnlyList<(Node Node, double PageRank)> TopEntities,
    IReadOnlyList<(int Community, int Size, IReadOnlyList<Node> Central)> LargestCommunities, int CommunityCount, int ComponentCount)
{
    public static LandscapeSummary Of(KnowledgeGraph graph, int entities = 10, int communities = 5, int membersEach = 4)
    {
        var analytics = GraphAnalytics.Of(graph);
        var nodes = analytics.Nodes;
        var byRank = Enumerable.Range(0, nodes.Count)
            .OrderByDescending(i => analytics.PageRank[i]).ThenBy(i => i).ToList();
        var top = byRank.Take(entities).Select(i => (nodes[i], analytics.PageRank[i])).ToList();
        // communities are numbered by size, so the first ones are the largest; a node without edges is no community
        var largest = byRank.GroupBy(i => analytics.Community[i])
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key)
            .Take(communities)
            .Select(g => (g.Key, g.Count(), (IReadOnlyList<Node>)g.Take(membersEach).Select(i => nodes[i]).ToList()))
            .ToList();
        return new LandscapeSummary(top, largest, analytics.CommunityCount, analytics.ComponentCount);
    }
}
