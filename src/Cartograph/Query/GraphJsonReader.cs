using System.Text.Json;
using Cartograph.Graph;

namespace Cartograph.Query;

/// <summary>
/// Reads a graph.json written by Cartograph back into a <see cref="KnowledgeGraph"/> (nodes, edges, weights, rules and
/// quotes; the analytics are recomputed from the graph when needed), for the query commands.
/// </summary>
public static class GraphJsonReader
{
    /// <exception cref="InvalidDataException">The file is not a Cartograph graph.json; the message names it and says why.</exception>
    public static (KnowledgeGraph Graph, int DocumentCount, string Name) Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var doc = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 16 });
            var root = doc.RootElement;
            var graph = new KnowledgeGraph();
            foreach (var n in root.GetProperty("nodes").EnumerateArray())
            {
                string type = n.GetProperty("entity_type").GetString()!;
                if (!EntityTypeNames.TryParse(type, out var entityType)) throw new InvalidDataException($"unknown entity type '{type}'");
                var node = new Node(n.GetProperty("id").GetString()!, n.GetProperty("label").GetString()!, entityType)
                {
                    Mentions = n.GetProperty("mentions").GetInt32(),
                };
                node.Aliases.UnionWith(n.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!));
                node.Documents.UnionWith(n.GetProperty("documents").EnumerateArray().Select(a => a.GetString()!));
                foreach (var e in Evidence(n)) node.Evidence.Add(e);
                graph.AddVertex(node);
            }
            foreach (var e in root.GetProperty("edges").EnumerateArray())
            {
                string relationName = e.GetProperty("relation").GetString()!;
                if (!RelationNames.TryParse(relationName, out var relation)) throw new InvalidDataException($"unknown relation '{relationName}'");
                var edge = graph.GetOrAddEdge(e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!, relation);
                edge.Weight = (int)e.GetProperty("weight").GetDouble();
                if (e.TryGetProperty("rules", out var rules)) edge.Rules = Rules(rules);
                foreach (var q in Evidence(e)) edge.Evidence.Add(q);
            }
            var meta = root.GetProperty("graph");
            return (graph, meta.GetProperty("document_count").GetInt32(), meta.GetProperty("name").GetString()!);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or InvalidDataException)
        {
            throw new InvalidDataException($"'{path}' is not a Cartograph graph.json: {ex.Message}", ex);
        }
    }

    /// <summary>An edge's rules by name (a graph.json written before edges had them has none).</summary>
    private static RelationOrigin Rules(JsonElement names)
    {
        var rules = RelationOrigin.Unrecorded;
        foreach (var name in names.EnumerateArray())
        {
            string text = name.GetString()!;
            rules |= RelationOrigins.TryParse(text, out var rule) ? rule : throw new InvalidDataException($"unknown rule '{text}'");
        }
        return rules;
    }

    private static IEnumerable<Evidence> Evidence(JsonElement owner) =>
        owner.GetProperty("evidence").EnumerateArray().Select(q => new Evidence(
            q.GetProperty("document").GetString()!,
            q.GetProperty("line").GetInt32(),
            q.GetProperty("speaker").ValueKind == JsonValueKind.Null ? null : q.GetProperty("speaker").GetString(),
            q.GetProperty("quote").GetString()!));
}
