using NUnit.Framework;
using Cartograph.Graph;

namespace Cartograph.Tests.Writing;

/// <summary>A deterministic synthetic graph of a given size (no randomness: outputs must be comparable).</summary>
internal static class ScaleGraph
{
    public static KnowledgeGraph Build(int nodes, int edgesPerNode)
    {
        var g = new KnowledgeGraph();
        var types = EntityTypeNames.All;
        var ids = new string[nodes];
        for (int i = 0; i < nodes; i++)
        {
            var type = types[i % types.Count];
            var n = new Node(NodeIds.For(type, "entity " + i), "Entity " + i, type) { Mentions = 1 + (i * 7919 % 50) };
            n.Documents.Add("doc-" + (i % 10));
            n.Evidence.Add(new Evidence("doc-" + (i % 10), i + 1, null, "Entity " + i + " is mentioned here."));
            g.AddVertex(n);
            ids[i] = n.Id;
        }
        var relations = RelationNames.All;
        for (int i = 0; i < nodes; i++)
        {
            for (int k = 1; k <= edgesPerNode; k++)
            {
                int j = (int)((i * 2654435761L + k * 40503L) % nodes);
                if (j == i) continue;
                var e = g.GetOrAddEdge(ids[i], ids[j], relations[(i + k) % relations.Count]);
                e.Evidence.Add(new Evidence("doc-" + (i % 10), k, "S", "Edge " + i + "-" + j));
            }
        }
        return g;
    }
}
