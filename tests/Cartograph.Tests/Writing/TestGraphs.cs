using NUnit.Framework;
using Cartograph.Graph;
using Cartograph.Writing;

namespace Cartograph.Tests.Writing;

/// <summary>Small graphs built in code for the writer tests.</summary>
internal static class TestGraphs
{
    /// <summary>A quote that is markup: every page must show it as text (the explorer test looks for it).</summary>
    public const string ScriptQuote = "</script><script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\"> & &amp;";

    public static readonly GraphMetadata Meta = new("cartograph", 3, "Cartograph", "0.1.0-test");

    /// <summary>Names and ids chosen to break naive writers: markup, quotes, backslashes, DOT escapes and keywords, controls, non-ASCII.</summary>
    public static KnowledgeGraph Nasty(bool reversed = false)
    {
        var nodes = new List<Node>
        {
            N("paper:attention", "Attention <&\"'\\|> Is All", EntityType.Paper, 12, ["Transformer paper", "a|b"], "doc:1"),
            N("technique:o-n²", "O(N²) attention", EntityType.Technique, 5, ["quadratic attention"], "doc:1"),
            N("node", "node", EntityType.Technique, 1, [], null),
            N("strict", "Line one\nline two\r\nthree", EntityType.Domain, 2, [], "doc\\2"),
            N("organization:back\\slash\\", "C:\\path\\N \\G \\\\ end\\", EntityType.Organization, 3, ["\\N"], "doc:2"),
            N("product:ctrl", "Ctrl\u0001\u0007\u001fchars\ttab &amp; done", EntityType.Product, 0, [], null),
            N("domain:with space", "with \"quotes\" and space", EntityType.Domain, 7, ["ünïcödé", "日本語"], "doc:3"),
        };
        if (reversed) nodes.Reverse();
        var g = new KnowledgeGraph();
        foreach (var n in nodes) g.AddVertex(n);

        var edges = new List<(string S, string T, Relation R, string Quote)>
        {
            ("paper:attention", "technique:o-n²", Relation.UsesTechnique, "We use O(N²) <attention> & \"more\""),
            ("paper:attention", "technique:o-n²", Relation.AppliedTo, "parallel edge \\N with another relation"),
            ("paper:attention", "node", Relation.UsesTechnique, "keyword target"),
            ("product:ctrl", "organization:back\\slash\\", Relation.DevelopedBy, "ctrl \u0002 quote\nsecond line"),
            ("organization:back\\slash\\", "domain:with space", Relation.CompetesWith, "backslash end\\"),
            ("strict", "paper:attention", Relation.AppliedTo, "strict -> paper"),
            ("paper:attention", "domain:with space", Relation.AppliedTo, TestGraphs.ScriptQuote),
        };
        if (reversed) edges.Reverse();
        foreach (var (s, t, r, q) in edges)
        {
            var e = g.GetOrAddEdge(s, t, r);
            int line = 1 + q.Length; // derived from the data, not from insertion order
            e.Evidence.Add(new Evidence("doc:1", line, line % 2 == 0 ? "Speaker <A>" : null, q));
            if (r == Relation.UsesTechnique) e.Evidence.Add(new Evidence("doc:3", 9, null, "second quote for " + r.Name()));
            // one rule, two, or none (an edge made by hand), from the data as well
            e.Rules = r switch
            {
                Relation.UsesTechnique => RelationOrigin.SegmentPaper | RelationOrigin.AttributionModel,
                Relation.DevelopedBy => RelationOrigin.MakerCue,
                _ => RelationOrigin.Unrecorded,
            };
        }
        return g;
    }

    /// <summary>The golden-file graph: three nodes, parallel edges, one of everything.</summary>
    public static KnowledgeGraph Tiny()
    {
        var g = new KnowledgeGraph();
        g.AddVertex(N("paper:flash-attention", "FlashAttention", EntityType.Paper, 4, ["Flash Attention"], "talk-1"));
        g.AddVertex(N("technique:tiling", "Tiling", EntityType.Technique, 1, [], "talk-1"));
        g.AddVertex(N("organization:stanford", "Stanford & Co \"Lab\"", EntityType.Organization, 2, [], "talk-2"));
        var uses = g.GetOrAddEdge("paper:flash-attention", "technique:tiling", Relation.UsesTechnique);
        uses.Evidence.Add(new Evidence("talk-1", 12, "Tri", "FlashAttention uses tiling to avoid O(N²) memory."));
        uses.Evidence.Add(new Evidence("talk-2", 3, null, "Tiling <again>."));
        uses.Rules = RelationOrigin.SegmentPaper | RelationOrigin.AttributionModel;
        g.GetOrAddEdge("paper:flash-attention", "technique:tiling", Relation.AppliedTo);
        var dev = g.GetOrAddEdge("paper:flash-attention", "organization:stanford", Relation.DevelopedBy);
        dev.Rules = RelationOrigin.MakerCue;
        dev.Evidence.Add(new Evidence("talk-2", 7, "Host", "It came out of Stanford."));
        return g;
    }

    private static Node N(string id, string label, EntityType type, int mentions, string[] aliases, string? doc)
    {
        var n = new Node(id, label, type) { Mentions = mentions };
        foreach (var a in aliases) n.Aliases.Add(a);
        if (doc is not null)
        {
            n.Documents.Add(doc);
            n.Evidence.Add(new Evidence(doc, 4, "Speaker \"S\"", "Quote about " + label));
            n.Evidence.Add(new Evidence(doc, 2, null, "Earlier quote \\N"));
        }
        return n;
    }
}
