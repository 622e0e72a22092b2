using System.Text;
using Cartograph.Extraction;
using Cartograph.Graph;
using Cartograph.Lexicons;
using Cartograph.Reading;
using Cartograph.Resolution;
using NUnit.Framework;

namespace Cartograph.Tests.Extraction;

/// <summary>Reads a snippet, extracts it with the default lexicon and resolves it into a graph, with lookups for assertions.</summary>
internal static class ExtractionHarness
{
    private static readonly DocumentExtractor Extractor = new(Lexicon.Default);

    public static Document Read(string text, string id = "snippet")
    {
        var result = new DocumentReader().Read(Encoding.UTF8.GetBytes(text), id + ".txt", id);
        Assert.That(result.Document, Is.Not.Null, result.ToString());
        return result.Document!;
    }

    public static DocumentExtraction Extract(string text, string id = "snippet") => Extractor.Extract(Read(text, id));

    public static KnowledgeGraph Graph(params string[] texts) =>
        new EntityResolver().Resolve(texts.Select((t, i) => Extract(t, texts.Length == 1 ? "snippet" : $"snippet{i}")));

    /// <summary>The node of this type whose label or one of whose aliases is exactly <paramref name="name"/>.</summary>
    public static Node? Find(this KnowledgeGraph g, EntityType type, string name) =>
        g.Vertices.FirstOrDefault(n => n.Type == type && (n.Label == name || n.Aliases.Contains(name)));

    /// <summary>Any node, of any type, whose label or alias equals <paramref name="name"/> ignoring case.</summary>
    public static IEnumerable<Node> AnyNamed(this KnowledgeGraph g, string name) =>
        g.Vertices.Where(n => string.Equals(n.Label, name, StringComparison.OrdinalIgnoreCase)
            || n.Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase)));

    public static Node Require(this KnowledgeGraph g, EntityType type, string name)
    {
        var n = g.Find(type, name);
        Assert.That(n, Is.Not.Null, $"no {type.Name()} node '{name}'. Graph:\n{g.Describe()}");
        return n!;
    }

    public static Edge? FindEdge(this KnowledgeGraph g, Relation relation, EntityType sourceType, string source, EntityType targetType, string target)
    {
        var s = g.Find(sourceType, source);
        var t = g.Find(targetType, target);
        if (s is null || t is null) return null;
        return g.Edges.FirstOrDefault(e => e.Relation == relation &&
            ((e.Source == s.Id && e.Target == t.Id) || (relation.IsSymmetric() && e.Source == t.Id && e.Target == s.Id)));
    }

    public static Edge RequireEdge(this KnowledgeGraph g, Relation relation, EntityType sourceType, string source, EntityType targetType, string target)
    {
        var e = g.FindEdge(relation, sourceType, source, targetType, target);
        Assert.That(e, Is.Not.Null, $"no {relation.Name()} edge {source} -> {target}. Graph:\n{g.Describe()}");
        return e!;
    }

    public static IEnumerable<string> Labels(this KnowledgeGraph g, EntityType type) =>
        g.Vertices.Where(n => n.Type == type).Select(n => n.Label);

    public static string Describe(this KnowledgeGraph g)
    {
        var sb = new StringBuilder();
        foreach (var n in g.Vertices)
            sb.AppendLine($"  {n.Id} [{n.Label}]{(n.Aliases.Count > 0 ? " aka " + string.Join(" | ", n.Aliases) : "")} x{n.Mentions}");
        foreach (var e in g.Edges)
            sb.AppendLine($"  {e.Source} -{e.Relation.Name()}-> {e.Target}  (line {e.Evidence.Min?.Line}: {e.Evidence.Min?.Quote})");
        return sb.ToString();
    }
}
