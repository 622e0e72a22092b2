using System.Globalization;
using Cartograph.Graph;

namespace Cartograph.Benchmarks;

/// <summary>
/// A deterministic knowledge graph of any size for the writer benchmarks, shaped like a real build:
/// the five entity types, coined labels (now and then with markup, quotes or non-ASCII characters so
/// the escaping paths run), aliases on ~40% of nodes, documents on every node, a few quotes on a quarter
/// of the nodes and a tenth of the edges, and the four relations in their spec directions with hub-heavy
/// targets. Everything depends only on (nodes, edges, seed), through our own SplitMix64 rather than
/// <see cref="Random"/>, so the graph is the same on every .NET version.
/// </summary>
public static class SyntheticGraph
{
    private static readonly string[] s_syllables =
        ["ka", "lo", "mi", "ner", "tha", "vex", "zor", "qui", "bra", "del", "fen", "gor", "hyl", "jun", "mor", "pax", "rin", "sol", "tev", "ulm"];
    private static readonly string[] s_paperSuffixes = ["Eval", "Bench", "Net", "Former", "Diff", "Gen", "Zero", "XL"];
    private static readonly string[] s_adjectives = ["gated", "sparse", "latent", "causal", "masked", "hierarchical", "contrastive", "temporal"];
    private static readonly string[] s_nouns = ["attention", "diffusion", "fusion", "distillation", "retrieval", "tokenization", "alignment", "decoding"];
    private static readonly string[] s_orgSuffixes = ["Labs", "AI", "Research", "University", "Institute", "Inc."];
    private static readonly string[] s_domains = ["video captioning", "speech recognition", "protein folding", "code generation", "robotics", "machine translation", "image editing", "weather forecasting"];
    /// <summary>How many distinct documents the quotes and document lists cite.</summary>
    public const int DocumentCount = 100_000;

    private static readonly string[] s_speakers = ["Maya", "Theo", "Lily", "Chris"];

    // Rare decorations so every writer's escaping runs at scale: XML/DOT specials, a backslash, non-ASCII, an astral character.
    private static readonly string[] s_oddities = [" & Co", " \"Pro\"", " <beta>", " O(N²)", " café", " C:\\tools", " 日本語", " 🚀"];

    /// <summary>Relation mix of a real build (applied_to and uses_technique dominate).</summary>
    private static readonly (Relation Relation, int Percent)[] s_relationMix =
        [(Relation.AppliedTo, 40), (Relation.UsesTechnique, 35), (Relation.DevelopedBy, 15), (Relation.CompetesWith, 10)];

    public static KnowledgeGraph Build(int nodeCount, int edgeCount, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodeCount, 10);
        ArgumentOutOfRangeException.ThrowIfNegative(edgeCount);
        var rng = new SplitMix64((ulong)seed);
        var graph = new KnowledgeGraph(nodeCount, edgeCount);
        // one string per document, shared by every node and quote that cites it, as in a real build
        var documents = new string[DocumentCount];
        for (int d = 0; d < documents.Length; d++) documents[d] = "episode-" + d.ToString("D6", CultureInfo.InvariantCulture);
        var pools = new List<string>[EntityTypeNames.All.Count];
        for (int t = 0; t < pools.Length; t++) pools[t] = [];

        for (int i = 0; i < nodeCount; i++)
        {
            var type = TypeOf(rng.Next(100));
            var node = NewNode(rng, type, i, documents);
            graph.AddVertex(node);
            pools[(int)type].Add(node.Id);
        }

        long attempts = 0, maxAttempts = 20L * edgeCount + 1000;
        int line = 1;
        while (graph.EdgeCount < edgeCount)
        {
            if (++attempts > maxAttempts)
                throw new InvalidOperationException($"could not place {edgeCount} distinct edges among {nodeCount} nodes");
            var relation = RelationOf(rng.Next(100));
            var (sourceType, targetType) = Ends(relation, rng);
            var sources = pools[(int)sourceType];
            var targets = pools[(int)targetType];
            if (sources.Count == 0 || targets.Count == 0) continue;
            string source = sources[rng.Next(sources.Count)];
            string target = targets[Skewed(rng, targets.Count)];
            if (source == target) continue;
            int before = graph.EdgeCount;
            var edge = graph.GetOrAddEdge(source, target, relation);
            if (graph.EdgeCount == before) continue;
            edge.Weight = 1 + rng.Next(4);
            edge.Rules = RulesOf(relation, graph.EdgeCount);
            if (rng.Next(10) == 0)
            {
                int quotes = 1 + rng.Next(2);
                for (int q = 0; q < quotes; q++)
                    edge.Evidence.Add(new Evidence(Pick(rng, documents), line++ % 400 + 1, Speaker(rng),
                        $"So {Short(source)} basically {relation.Name().Replace('_', ' ')} {Short(target)}, which is why the numbers look the way they do."));
            }
        }
        return graph;
    }

    private static Node NewNode(SplitMix64 rng, EntityType type, int index, string[] documents)
    {
        string n = index.ToString(CultureInfo.InvariantCulture);
        string label = type switch
        {
            EntityType.Paper => Word(rng, 2) + "-" + Pick(rng, s_paperSuffixes) + " " + n,
            EntityType.Technique => Pick(rng, s_adjectives) + " " + Pick(rng, s_nouns) + " " + n,
            EntityType.Organization => Capitalise(Word(rng, 2)) + " " + Pick(rng, s_orgSuffixes) + " " + n,
            EntityType.Product => Capitalise(Word(rng, 1)) + " " + (1 + rng.Next(4)).ToString(CultureInfo.InvariantCulture) + "." + rng.Next(10).ToString(CultureInfo.InvariantCulture) + " #" + n,
            _ => Pick(rng, s_domains) + " " + n,
        };
        if (rng.Next(50) == 0) label += Pick(rng, s_oddities);
        var node = new Node(NodeIds.For(type, label), label, type) { Mentions = 1 + Skewed(rng, 200) };

        int aliases = rng.Next(10) switch { < 6 => 0, < 9 => 1, _ => 2 };
        for (int a = 0; a < aliases; a++) node.Aliases.Add(a == 0 ? label.ToUpperInvariant() : Word(rng, 1) + "-" + n);

        int cited = rng.Next(10) < 8 ? 1 : 2 + rng.Next(2);
        for (int d = 0; d < cited; d++) node.Documents.Add(Pick(rng, documents));

        if (rng.Next(4) == 0)
        {
            int quotes = 1 + rng.Next(3);
            for (int q = 0; q < quotes; q++)
                node.Evidence.Add(new Evidence(Pick(rng, documents), 1 + rng.Next(400), Speaker(rng),
                    $"I think {label} is the interesting part here, honestly it changes how people approach the problem."));
        }
        return node;
    }

    private static EntityType TypeOf(int percent) => percent switch
    {
        < 30 => EntityType.Paper,
        < 55 => EntityType.Technique,
        < 70 => EntityType.Domain,
        < 85 => EntityType.Organization,
        _ => EntityType.Product,
    };

    /// <summary>
    /// The rules of a build's edges, by relation, one or two per edge (from the edge's number, not the random stream,
    /// so the graph is the one it was before edges had rules).
    /// </summary>
    private static RelationOrigin RulesOf(Relation relation, int n) => relation switch
    {
        Relation.DevelopedBy => n % 3 == 0 ? RelationOrigin.MakerNamedBeside | RelationOrigin.ReleaseVerb : RelationOrigin.MakerNamedBeside,
        Relation.CompetesWith => (n % 3) switch { 0 => RelationOrigin.ListedRivals, 1 => RelationOrigin.RivalryCue, _ => RelationOrigin.SharedTaskRivals },
        _ => n % 20 == 0 ? RelationOrigin.SegmentPaper | RelationOrigin.AttributionModel
            : n % 5 == 0 ? RelationOrigin.AttributionModel : RelationOrigin.SegmentPaper,
    };

    private static Relation RelationOf(int percent)
    {
        foreach (var (relation, share) in s_relationMix)
        {
            if (percent < share) return relation;
            percent -= share;
        }
        return Relation.AppliedTo;
    }

    /// <summary>Source and target types allowed by the spec for each relation.</summary>
    private static (EntityType, EntityType) Ends(Relation relation, SplitMix64 rng) => relation switch
    {
        Relation.UsesTechnique => (rng.Next(4) == 0 ? EntityType.Product : EntityType.Paper, EntityType.Technique),
        Relation.AppliedTo => (rng.Next(3) switch { 0 => EntityType.Paper, 1 => EntityType.Technique, _ => EntityType.Product }, EntityType.Domain),
        Relation.DevelopedBy => (rng.Next(2) == 0 ? EntityType.Paper : EntityType.Product, EntityType.Organization),
        _ => rng.Next(3) switch
        {
            0 => (EntityType.Paper, EntityType.Paper),
            1 => (EntityType.Product, EntityType.Product),
            _ => (EntityType.Organization, EntityType.Organization),
        },
    };

    /// <summary>Index in [0, count) biased to small values (square of a uniform), so a few targets become hubs.</summary>
    private static int Skewed(SplitMix64 rng, int count)
    {
        double u = rng.NextDouble();
        return Math.Min(count - 1, (int)(u * u * count));
    }

    private static string Short(string id) => id[(id.IndexOf(':') + 1)..];

    private static string? Speaker(SplitMix64 rng)
    {
        int i = rng.Next(s_speakers.Length + 1);
        return i == s_speakers.Length ? null : s_speakers[i];
    }

    private static string Word(SplitMix64 rng, int syllables)
    {
        string w = "";
        for (int i = 0; i < syllables + 1; i++) w += Pick(rng, s_syllables);
        return Capitalise(w);
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Pick(SplitMix64 rng, string[] items) => items[rng.Next(items.Length)];

    /// <summary>SplitMix64: tiny, fast and fully specified, so the graph never depends on the runtime's Random.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public ulong NextUInt64()
        {
            ulong z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        /// <summary>Uniform in [0, max) by multiply-shift (bias is negligible for the small ranges used here).</summary>
        public int Next(int max) => (int)(((NextUInt64() >> 32) * (ulong)max) >> 32);

        public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));
    }
}
