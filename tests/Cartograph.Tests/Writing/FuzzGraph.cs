using System.Text;
using Cartograph.Graph;
using Cartograph.Writing;

namespace Cartograph.Tests.Writing;

/// <summary>
/// Graphs whose strings exercise every escaping path of every writer: each BMP character (so all
/// 65,536 reach each escaper at least once), surrogate pairs, lone and split surrogates, controls,
/// U+FFFE/U+FFFF, strings that clean to nothing, labels longer than the DOT cut-off with a surrogate
/// pair at the cut, quotes longer than the tooltip cut-off and more quotes than a tooltip shows.
/// Deterministic for a seed.
/// </summary>
internal static class FuzzGraph
{
    public static readonly GraphMetadata Meta = new("fuzz <&\"\\\u0001\r\n😀\uD800", 7, "Cartograph & co", "1.0\t\"beta\"");

    /// <summary>One node per 256-character slice of the BMP, plus random nasty nodes and edges among them.</summary>
    public static KnowledgeGraph Build(int seed, int randomNodes = 300, int edgesPerNode = 3)
    {
        var rng = new Random(seed);
        var g = new KnowledgeGraph();
        var ids = new List<string>();
        for (int slice = 0; slice < 256; slice++)
        {
            var sb = new StringBuilder(256);
            for (int c = 0; c < 256; c++) sb.Append((char)(slice * 256 + c));
            string text = sb.ToString();
            var type = EntityTypeNames.All[slice % EntityTypeNames.All.Count];
            var node = new Node("slice:" + slice + ":" + text, text, type) { Mentions = slice };
            node.Aliases.Add(text[..128]);
            node.Documents.Add(text[64..]);
            node.Evidence.Add(new Evidence(text, slice, slice % 2 == 0 ? null : text[..10], text));
            g.AddVertex(node);
            ids.Add(node.Id);
        }
        for (int i = 0; i < randomNodes; i++)
        {
            var type = EntityTypeNames.All[rng.Next(EntityTypeNames.All.Count)];
            string id = i % 7 == 0 ? NodeIds.For(type, "entity " + i) : Nasty(rng, 1 + rng.Next(12)) + "#" + i;
            var node = new Node(id, LabelFor(rng, i), type) { Mentions = rng.Next(4) == 0 ? 0 : rng.Next(100_000) };
            for (int a = rng.Next(4); a > 0; a--) node.Aliases.Add(Nasty(rng, rng.Next(20)));
            for (int d = rng.Next(3); d > 0; d--) node.Documents.Add(Nasty(rng, rng.Next(10)));
            for (int e = rng.Next(4); e > 0; e--) node.Evidence.Add(RandomEvidence(rng));
            g.AddVertex(node);
            ids.Add(node.Id);
        }
        var relations = RelationNames.All;
        for (int i = 0; i < ids.Count; i++)
        {
            for (int k = 0; k < edgesPerNode; k++)
            {
                string target = ids[rng.Next(ids.Count)];
                if (target == ids[i]) continue;
                var edge = g.GetOrAddEdge(ids[i], target, relations[rng.Next(relations.Count)]);
                edge.Weight = rng.Next(3) == 0 ? 0 : rng.Next(1, 5000);
                for (int e = rng.Next(3) == 0 ? rng.Next(9) : 0; e > 0; e--) edge.Evidence.Add(RandomEvidence(rng));
            }
        }
        return g;
    }

    private static string LabelFor(Random rng, int i) => (i % 5) switch
    {
        0 => "",
        1 => "\u0001\uFFFE\uD800", // cleans to nothing
        2 => new string('x', 58) + "😀" + "tail", // a surrogate pair across the DOT label cut-off
        3 => new string('y', 59) + "😀" + "tail",
        _ => Nasty(rng, rng.Next(90)),
    };

    private static Evidence RandomEvidence(Random rng) =>
        new(Nasty(rng, rng.Next(12)), rng.Next(-2, 100_000), rng.Next(3) == 0 ? null : Nasty(rng, rng.Next(8)),
            rng.Next(8) == 0 ? Nasty(rng, 230 + rng.Next(30)) + "😀" + Nasty(rng, 20) : Nasty(rng, rng.Next(120)));

    private static readonly string[] s_pieces =
    [
        "<", ">", "&", "\"", "'", "\\", "\\N", "\\G", "&amp;", "]]>", "\t", "\n", "\r", "\r\n", "\u0000", "\u0001", "\u001f",
        "\u007f", "\u0080", "\u0085", "\u00a0", "é", "²", "—", "\u2028", "\u2029", "日本語", "\uFFFD", "\uFFFE", "\uFFFF",
        "😀", "🚀", "\uD800", "\uDC00", "\uDBFF", "_x0041_", ":", "-", ".", " ", "|", " | ", "…", "node", "edge", "+", "`",
    ];

    private static string Nasty(Random rng, int parts)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < parts; i++)
        {
            if (rng.Next(3) == 0) sb.Append(s_pieces[rng.Next(s_pieces.Length)]);
            else sb.Append((char)rng.Next('a', 'z' + 1), 1 + rng.Next(6));
        }
        return sb.ToString();
    }
}
