using System.Globalization;
using System.Text;
using Cartograph.Graph;
using Cartograph.Lexicons;

namespace Cartograph.Benchmarks;

/// <summary>
/// Synthetic podcast transcripts in the style of seeds/*.txt: two hosts trading <c>Name: text</c> turns,
/// stage directions, several papers per episode introduced with freshly coined names (CamelCase and
/// hyphenated), and techniques, organizations, products and domains drawn from the lexicon.
/// Every document depends only on (seed, index), so a corpus is deterministic for a seed and can be
/// streamed to disk one file at a time.
/// </summary>
public sealed class CorpusGenerator
{
    public const int TargetDocumentBytes = 10 * 1024;
    public const int FilesPerFolder = 1000;

    private readonly int _seed;
    private readonly string[] _techniques;
    private readonly string[] _organizations;
    private readonly string[] _products;
    private readonly string[] _domains;
    private readonly string[] _recurringPapers;

    public CorpusGenerator(Lexicon lexicon, int seed)
    {
        _seed = seed;
        _techniques = Pool(lexicon, EntityType.Technique);
        _organizations = Pool(lexicon, EntityType.Organization);
        _products = Pool(lexicon, EntityType.Product);
        _domains = Pool(lexicon, EntityType.Domain);
        // a few hundred papers come back across episodes, so resolution has cross-document merges to do
        var rng = new Random(seed ^ 0x5EED);
        _recurringPapers = new string[400];
        for (int i = 0; i < _recurringPapers.Length; i++) _recurringPapers[i] = CoinPaperName(rng);
    }

    /// <summary>"10MB", "100 MB", "1GB", "512KB", "12345" (bytes). Units are binary (1 MB = 1,048,576 bytes).</summary>
    public static long ParseSize(string text)
    {
        string s = text.Trim().ToUpperInvariant().Replace(" ", "");
        long unit = 1;
        foreach (var (suffix, value) in new[] { ("GIB", 1L << 30), ("MIB", 1L << 20), ("KIB", 1L << 10), ("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("G", 1L << 30), ("M", 1L << 20), ("K", 1L << 10), ("B", 1L) })
        {
            if (s.EndsWith(suffix, StringComparison.Ordinal))
            {
                unit = value;
                s = s[..^suffix.Length];
                break;
            }
        }
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double n) || n <= 0)
            throw new FormatException($"cannot read size '{text}' (try 10MB, 100MB, 1GB)");
        return (long)(n * unit);
    }

    /// <summary>Relative path of document <paramref name="index"/> inside the corpus folder.</summary>
    public static string RelativePath(int index) =>
        Path.Combine($"part-{index / FilesPerFolder:D4}", $"episode-{index:D7}.txt");

    /// <summary>Writes documents until at least <paramref name="totalBytes"/> are on disk; one document in memory at a time.</summary>
    public (int Files, long Bytes) WriteCorpus(string outDir, long totalBytes, Action<int, long>? progress = null)
    {
        Directory.CreateDirectory(outDir);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        long written = 0;
        int files = 0;
        var sb = new StringBuilder(TargetDocumentBytes * 2);
        while (written < totalBytes)
        {
            sb.Clear();
            AppendDocument(files, sb);
            string path = Path.Combine(outDir, RelativePath(files));
            if (files % FilesPerFolder == 0) Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 16 * 1024))
            using (var writer = new StreamWriter(stream, utf8, 16 * 1024))
            {
                foreach (var chunk in sb.GetChunks()) writer.Write(chunk.Span);
            }
            written += new FileInfo(path).Length;
            files++;
            progress?.Invoke(files, written);
        }
        return (files, written);
    }

    /// <summary>An in-memory corpus of about <paramref name="totalBytes"/> (UTF-8), for benchmarks.</summary>
    public List<(string Id, byte[] Bytes)> InMemory(long totalBytes)
    {
        var docs = new List<(string, byte[])>();
        long total = 0;
        for (int i = 0; total < totalBytes; i++)
        {
            var bytes = Encoding.UTF8.GetBytes(Document(i));
            docs.Add(($"episode-{i:D7}", bytes));
            total += bytes.Length;
        }
        return docs;
    }

    public string Document(int index)
    {
        var sb = new StringBuilder(TargetDocumentBytes * 2);
        AppendDocument(index, sb);
        return sb.ToString();
    }

    // ---------------------------------------------------------------------------------------------

    private static readonly (string A, string B)[] s_hosts =
    [
        ("Chris", "Lily"), ("Maya", "Jordan"), ("Alex", "Priya"), ("Sam", "Nadia"), ("Tom", "Elena"),
        ("Ravi", "Kate"), ("Ben", "Sofia"), ("Marcus", "Hannah"), ("Leo", "Grace"), ("Omar", "Julia"),
    ];

    private static readonly string[] s_syllables =
    [
        "ta", "lo", "ver", "sa", "om", "ni", "vo", "ra", "zen", "qui", "lux", "mo", "fi", "dra", "kel", "tor", "nu",
        "pix", "gra", "mi", "sol", "ech", "ar", "bi", "cy", "den", "ex", "fal", "gor", "hy", "jo", "ka", "lyn", "mor",
        "nex", "ol", "pra", "quo", "rhi", "syn", "tu", "ul", "vex", "wy", "xa", "yor", "zu", "bel", "cor", "dax",
        "el", "fen", "gal", "hal", "iv", "jan", "kor", "lim", "mav", "nor", "pel", "ren", "sev", "tal", "vin", "zor",
    ];

    private static readonly string[] s_suffixes =
    [
        "Bench", "Net", "LM", "Gen", "Former", "Agent", "VL", "Diff", "Talk", "Coder", "Eval", "Vision", "Audio",
        "Video", "Mind", "World", "Scope", "Flow", "Live", "R1", "Omni", "Edit", "Verse", "Fusion",
    ];

    private static readonly string[] s_methodAdjectives =
    [
        "Masked", "Progressive", "Adaptive", "Hierarchical", "Contrastive", "Gated", "Sparse", "Latent", "Temporal",
        "Causal", "Bidirectional", "Residual", "Dynamic", "Cross-Modal", "Retrospective", "Event-Centric", "Streaming",
    ];

    private static readonly string[] s_methodNouns =
    [
        "Alignment", "Token", "Motion", "Context", "Frame", "Reward", "Memory", "Consistency", "Routing", "Feature",
        "Audio", "Prompt", "Query", "Region", "Scene",
    ];

    private static readonly string[] s_methodHeads =
    [
        "Loss", "Penalty", "Gate", "Fusion", "Attention", "Distillation", "Decoding", "Sampling", "Module", "Encoder",
        "Objective", "Mechanism", "Adapter", "Scheduler", "Embedding",
    ];

    private static readonly string[] s_kinds = ["benchmark", "dataset", "framework", "model", "system", "suite"];
    private static readonly string[] s_ordinals = ["second", "third", "fourth", "fifth", "last"];
    private static readonly string[] s_directions = ["[pauses]", "[pauses]", "[pauses]", "[laughs]", "[sighs]", "[chuckles]"];

    private static readonly string[] s_opens =
    [
        "Alright, we've got a bunch of {D} papers today, and they're all circling the same problem - doing it at scale without burning a data center.",
        "Okay, welcome back. Today is mostly {D}, with a detour into {D2} at the end.",
        "Alright, big week. A lot of {D} work, a couple of things from {O}, and one paper I think is genuinely clever.",
        "So, quick housekeeping - we're doing {N} papers today, all loosely about {D}.",
    ];

    private static readonly string[] s_intros =
    [
        "Alright, so we've got {P} from {O} - a new {K} for {D}.",
        "Next up is {P}, which is basically {T} applied to {D}.",
        "Moving on - {P} caught my eye because they're tackling {D} with {T}.",
        "The {ORD} paper, {P}, comes out of {O}. It's a {K} for {D} built on {T}.",
        "Okay, {P}. This one introduces a {K} for {D} - {N} thousand examples and a baseline on top of {T}.",
        "Let's start with {P} - they propose {M} for {D}.",
        "Then there's {P}, a {K} that pairs {T} with {T2}.",
        "Next one is {P}, a {B} billion parameter {K} from researchers at {O}.",
        "Up next, a paper called {P}. It's about {D}, and the hook is {M}.",
    ];

    private static readonly string[] s_questions =
    [
        "What are they actually giving us here?",
        "Hold on, {B} billion parameters for {D}? That sounds completely backwards.",
        "And this compares to what, exactly? Because {O} and {O2} have been shipping this for a while.",
        "Right, but what's the business model? Who actually pays for {D}?",
        "So how is that different from plain {T}?",
        "Okay, walk me through the {M} part, because that's where these things usually fall apart.",
        "Is this actually new, or is it {T} with a fresh coat of paint?",
        "What's the performance delta versus the usual {T} baseline?",
        "And the data - where does it come from? Because that's always the catch.",
        "So who's the customer here, {O}? Or is this purely an academic exercise?",
    ];

    private static readonly string[] s_explanations =
    [
        "The core idea is {M}. Instead of {T}, they run {T2} throughout the pipeline, so the modalities get combined much earlier.",
        "They use {T} for the backbone and add {M} on top, which keeps the computational load manageable.",
        "Unlike traditional {T}, the model learns {D} and {D2} jointly, so you don't get that mismatch at the end.",
        "They evaluate against {R} and {R2}, and claim comparable quality at a fraction of the compute.",
        "It's a {B} billion parameter model trained on roughly {N} hours of data, with {T} doing most of the heavy lifting.",
        "The smart part is {M} - it handles the cases where {T} gives you false confidence.",
        "{P} beats {R} on their own benchmark, which, you know, grain of salt.",
        "They're using {R} as the teacher and distilling into something that runs on a single GPU.",
        "Structurally it's {T} plus {T2}, with {M} stitching the two together across layers.",
        "The numbers are decent - {N} percent better on {D} than the strongest open baseline - but the summary is light on details.",
        "They also release the code and the training recipe, which matters more than the headline number for anyone doing {D}.",
        "The trick is a sliding window over the context, plus {M}, so the whole thing doesn't drift over long sequences.",
    ];

    private static readonly string[] s_skeptic =
    [
        "Fair enough. Though I'm skeptical about the {N}X speedup claim.",
        "That feels like a research flex more than a product roadmap.",
        "And there's already plenty of competition in that space from {O} and {O2}.",
        "So basically {O} could ship this next quarter and nobody would remember the paper.",
        "Every few months we get another breakthrough in {D}. What's actually different here besides the marketing?",
        "Which is more expensive, longer timelines, and harder to scale across customers.",
        "Right, but you're not running this on a laptop.",
        "I'll believe it when someone outside the lab reproduces it.",
        "That's been promised before though, usually right before a pricing page shows up.",
    ];

    private static readonly string[] s_wraps =
    [
        "Agreed. The architecture pattern is the valuable part here, especially for {D}.",
        "Yeah. But you can sell anything with {D} in the pitch deck.",
        "Right. And it's kind of the same trick {X} used earlier, just pointed at {D}.",
        "Exactly. Any task where you need frame-level precision could borrow this.",
        "Sure. It'll probably end up inside {R} within a year anyway.",
        "Okay. Let's keep going.",
    ];

    // Talk between the named things: real episodes spend most of their words on reactions, caveats
    // and business talk that name nothing, which is what keeps their density of entities and
    // relations per MB at the seeds' level (see the bench `density` command).
    private static readonly string[] s_fillers =
    [
        "I mean, that's the part nobody wants to talk about.",
        "Which is fine, but it's not the whole story.",
        "And honestly, that's a pretty reasonable trade-off if you're the one paying for it.",
        "The write-up is a little thin on that, to be fair.",
        "You can see why people got excited about it last week.",
        "It's the kind of result that looks great in a table and messier in practice.",
        "Nobody is going to rebuild their stack around it tomorrow, though.",
        "That's a real cost, and it shows up on somebody's cloud bill.",
        "I'd want to see it run on data that wasn't collected by the same team.",
        "The interesting question is what happens when you push it past the lab setting.",
        "It reads like a solid engineering paper more than a big conceptual leap.",
        "And that matters, because most teams don't have a research budget to burn.",
        "If it holds up, a lot of small companies get a shortcut.",
        "Which is exactly where these projects usually stall.",
        "There's a version of this that ships, and a version that stays a demo.",
        "I keep coming back to how much of this depends on the evaluation setup.",
        "The headline number is nice, but the ablations are where I'd look first.",
        "Half the value here is that someone finally wrote it all down.",
        "That's a fair point, and it cuts both ways.",
        "It's cheaper than the alternative, just not cheap.",
        "The open question is who maintains it a year from now.",
        "Customers don't care how elegant it is; they care whether it breaks.",
        "You could argue that's more of a data story than a model story.",
        "And the latency numbers are what decide whether anyone actually uses it.",
        "We've seen this pattern before, and it usually takes a few rounds to get right.",
        "To be honest, I'd happily trade a few points of accuracy for something simpler.",
        "That's the bit that would make me nervous if I were deploying it.",
        "Right, and the licensing question hasn't really been answered yet.",
        "It's early, so I'd treat all of this as a promising direction rather than a result.",
        "There's also a hiring angle: fewer people know how to run this well.",
        "Still, it's nice to see a paper that admits where it fails.",
        "Most of the gains come from careful data cleaning, which is never the exciting part.",
    ];

    private static readonly string[] s_vagueTechniques =
        ["the standard recipe", "the usual approach", "the obvious baseline method", "what everyone else does", "the older pipeline"];
    private static readonly string[] s_vagueOrganizations =
        ["the big labs", "the usual incumbents", "a couple of startups", "one of the hyperscalers", "a university group"];
    private static readonly string[] s_vagueProducts =
        ["the closed models", "last year's open baseline", "the commercial tools", "the current leaders", "the strongest open model"];

    private static readonly string[] s_closes =
    [
        "That's it for today. Looking across all of these, {D} is clearly where the money is going.",
        "To wrap up - lots of {T}, lots of {D}, and not a lot of honest baselines.",
        "Stepping back, the theme is obvious: everyone wants {D} to be cheap, and nobody has cracked it yet.",
    ];

    private void AppendDocument(int index, StringBuilder sb)
    {
        var rng = new Random(Mix(_seed, index)); // HashCode.Combine is randomised per process: not deterministic
        var (a, b) = s_hosts[rng.Next(s_hosts.Length)];
        if (rng.Next(2) == 0) (a, b) = (b, a);
        int target = TargetDocumentBytes * (80 + rng.Next(41)) / 100;
        var ctx = new Context(this, rng);
        ctx.NewPaper();

        Turn(sb, rng, a, Fill(Pick(rng, s_opens), ctx));
        Turn(sb, rng, b, Fill(Pick(rng, s_skeptic), ctx));
        int papers = 0;
        while (sb.Length < target)
        {
            if (papers > 0) ctx.NewPaper();
            ctx.Ordinal = papers;
            papers++;
            Turn(sb, rng, a, Fill(Pick(rng, s_intros), ctx) + " " + Fill(Pick(rng, s_explanations), ctx));
            int exchanges = 2 + rng.Next(3);
            for (int k = 0; k < exchanges && sb.Length < target; k++)
            {
                Turn(sb, rng, b, Fill(Pick(rng, rng.Next(3) == 0 ? s_skeptic : s_questions), ctx));
                if (rng.Next(2) == 0) Turn(sb, rng, a, Pick(rng, s_fillers));
                int first = rng.Next(s_explanations.Length);
                string answer = Fill(s_explanations[first], ctx);
                if (rng.Next(2) == 0) answer += " " + Fill(s_explanations[(first + 1 + rng.Next(s_explanations.Length - 1)) % s_explanations.Length], ctx);
                Turn(sb, rng, a, answer);
            }
            Turn(sb, rng, b, Fill(Pick(rng, s_wraps), ctx));
            ctx.Previous = ctx.Paper;
        }
        Turn(sb, rng, a, Fill(Pick(rng, s_closes), ctx));
    }

    private static void Turn(StringBuilder sb, Random rng, string speaker, string text)
    {
        // one to three sentences of plain talk around most turns (see s_fillers)
        for (int n = rng.Next(4); n > 0; n--) text += " " + Pick(rng, s_fillers);
        sb.Append(speaker).Append(": ");
        if (rng.Next(6) == 0) sb.Append(Pick(rng, s_directions)).Append(' ');
        sb.Append(text).Append("\n\n");
    }

    private sealed class Context(CorpusGenerator g, Random rng)
    {
        public string Paper = "";
        public string Previous = "";
        public string Method = "";
        public string Domain = "";
        public int Ordinal;

        public void NewPaper()
        {
            Paper = rng.Next(10) == 0 ? Pick(rng, g._recurringPapers) : CoinPaperName(rng);
            Method = CoinMethodName(rng);
            Domain = Pick(rng, g._domains);
            if (Previous.Length == 0) Previous = Pick(rng, g._recurringPapers);
        }

        public string Get(string slot) => slot switch
        {
            "P" => Paper,
            "X" => Previous,
            "M" => Method,
            "D" => rng.Next(3) == 0 ? Pick(rng, g._domains) : Domain,
            "D2" => Pick(rng, g._domains),
            // real talk names a technique, a company or a product only some of the time (see s_fillers)
            "T" or "T2" => rng.Next(2) == 0 ? Pick(rng, g._techniques) : Pick(rng, s_vagueTechniques),
            "O" or "O2" => rng.Next(4) == 0 ? Pick(rng, g._organizations) : Pick(rng, s_vagueOrganizations),
            "R" or "R2" => rng.Next(4) == 0 ? Pick(rng, g._products) : Pick(rng, s_vagueProducts),
            "K" => Pick(rng, s_kinds),
            "ORD" => s_ordinals[Math.Min(Ordinal, s_ordinals.Length - 1)],
            "N" => (2 + rng.Next(98)).ToString(CultureInfo.InvariantCulture),
            "B" => rng.Next(4) == 0 ? $"{1 + rng.Next(9)}.{rng.Next(10)}" : (1 + rng.Next(70)).ToString(CultureInfo.InvariantCulture),
            _ => "{" + slot + "}",
        };
    }

    private static string Fill(string template, Context ctx)
    {
        var sb = new StringBuilder(template.Length + 64);
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            if (open < 0) { sb.Append(template, i, template.Length - i); break; }
            int close = template.IndexOf('}', open);
            sb.Append(template, i, open - i);
            sb.Append(ctx.Get(template[(open + 1)..close]));
            i = close + 1;
        }
        return sb.ToString();
    }

    /// <summary>SplitMix64 finaliser over (seed, index): a stable per-document seed.</summary>
    private static int Mix(int seed, int index)
    {
        ulong z = unchecked(((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & 0x7FFFFFFF);
    }

    private static T Pick<T>(Random rng, T[] items) => items[rng.Next(items.Length)];

    private static string CoinWord(Random rng, int syllables)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) sb.Append(s_syllables[rng.Next(s_syllables.Length)]);
        sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }

    /// <summary>"TalkVerse", "Kelnora-Bench", "SoulX-LiveTalk", "Morix 2.1": fresh, random-syllable names.</summary>
    private static string CoinPaperName(Random rng) => rng.Next(6) switch
    {
        0 or 1 => CoinWord(rng, 1 + rng.Next(2)) + CoinWord(rng, 1 + rng.Next(2)),
        2 or 3 => CoinWord(rng, 2 + rng.Next(2)) + "-" + Pick(rng, s_suffixes),
        4 => CoinWord(rng, 2) + "X-" + CoinWord(rng, 1) + CoinWord(rng, 1),
        _ => CoinWord(rng, 1) + CoinWord(rng, 1) + " " + (1 + rng.Next(4)).ToString(CultureInfo.InvariantCulture) + "." + rng.Next(10).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>"Masked Alignment Loss", "Gated Motion Fusion": capitalised runs ending in a method head.</summary>
    private static string CoinMethodName(Random rng) =>
        Pick(rng, s_methodAdjectives) + " " + Pick(rng, s_methodNouns) + " " + Pick(rng, s_methodHeads);

    private static string[] Pool(Lexicon lexicon, EntityType type)
    {
        var pool = lexicon.Entries
            .Where(e => e.Type == type && !e.IsWeak && e.Canonical.Length is >= 3 and <= 40 && e.Canonical.All(c => c < 128 && (char.IsLetterOrDigit(c) || c is ' ' or '-' or '.')))
            .Select(e => e.Canonical)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (pool.Length == 0) throw new InvalidOperationException($"the lexicon has no usable {type} entries");
        return pool;
    }
}
