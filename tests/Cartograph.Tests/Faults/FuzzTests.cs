using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Cartograph.Cli;
using Cartograph.Partials;
using Cartograph.Tests.Cli;
using Cartograph.Tests.Writing;
using Cartograph.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Faults;

/// <summary>
/// Seeded fuzzing (the same cases every run): corpora of hostile contents and names beside one good document, and
/// partial graphs mutated every way a disk or a person can. A build always exits 0 with the good document and every
/// readable one in one whole set; a merge exits 0 with a whole set or 4 with one line naming the file; nothing hangs
/// or throws, and every set written is read by xmllint (no --huge), networkx and Graphviz's parser.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class FuzzTests
{
    private const int Corpora = 16;
    private const int Mutations = 30;

    private static readonly string[] NameParts =
        ["a", "Zeta", "|", "\\", "<", "&", "\"", "'", " ", "é", "😀", "-", "..", "[x]", "%s", "{0}", "\t", "#", "$HOME", "*", "?", "~", "`"];

    private static string HostileName(Random random, int index)
    {
        var name = new StringBuilder($"{index:D2}");
        for (int i = random.Next(1, 5); i > 0; i--) name.Append(NameParts[random.Next(NameParts.Length)]);
        return name + (random.Next(2) == 0 ? ".txt" : ".md");
    }

    private static byte[] HostileContent(Random random)
    {
        string[] pieces =
        [
            "Ana: PolyGlide from Meta uses diffusion transformers. ", "\\\\server\\share ", "<script>alert(1)</script> ", "&amp;&#0; ",
            "\"quoted \\\" text\" ", "| pipes | everywhere | ", "**Bob:** ", "[00:12:34] Cy: ", "\u0001\u001b[31m ", "\uFEFF", "Ã‚Â² ",
            "😀🚀 ", "\u202Eevil\u202C ", "TalkVerse (arXiv) beats Seedance on audio-driven video. ", "\n", "\r\n", "\r", "  \t ",
        ];
        var text = new StringBuilder();
        for (int i = random.Next(0, 60); i > 0; i--) text.Append(pieces[random.Next(pieces.Length)]);
        if (random.Next(6) == 0) text.Append('x', random.Next(1, 300_000)); // one long line
        byte[] body = Encoding.UTF8.GetBytes(text.ToString());
        switch (random.Next(9))
        {
            case 0: random.NextBytes(body); break; // noise
            case 1: return [.. new UTF32Encoding(random.Next(2) == 0, true).GetPreamble(), .. new UTF32Encoding(random.Next(2) == 0, false).GetBytes(text.ToString())];
            case 2: return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text.ToString())];
            case 3: return [0xFF, 0xFE, 0x00, 0x00, .. body.Take(random.Next(0, 7))]; // a UTF-32 mark and a few stray bytes
            case 4: if (body.Length > 0) body[random.Next(body.Length)] = 0; break;
            case 5: return [];
        }
        return body;
    }

    private static IEnumerable<int> CorpusSeeds => Enumerable.Range(0, Corpora);

    [TestCaseSource(nameof(CorpusSeeds))]
    public void AHostileCorpusBuildsTheGoodDocumentAndEveryReadableOneIntoAWholeSet(int seed)
    {
        var random = new Random(1000 + seed);
        using var dir = new TempDir();
        string input = dir.File("in");
        FaultFiles.WriteGood(input, "good.txt");
        var names = new List<string>();
        for (int i = random.Next(2, 6); i > 0; i--)
        {
            string name = HostileName(random, names.Count);
            names.Add(name);
            File.WriteAllBytes(Path.Combine(input, name), HostileContent(random));
        }
        string outDir = dir.File("out");
        var r = CliHarness.Build([input], outDir, "--no-svg");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
        Assert.That(r.StdErr, Does.Not.Contain("   at ").And.Not.Contain("Exception"), r.ToString());
        var skipped = names.Where(n => r.StdErr.Split('\n').Any(l => l.StartsWith(Path.Combine(input, n) + ": ", StringComparison.Ordinal)
            && !l.StartsWith(Path.Combine(input, n) + ": warning:", StringComparison.Ordinal))).ToHashSet();
        var expected = names.Where(n => !skipped.Contains(n)).Select(Path.GetFileNameWithoutExtension).Append("good").ToArray();
        var json = CliHarness.ReadJson(outDir);
        int documents = json.GetProperty("graph").GetProperty("document_count").GetInt32();
        var facts = OutputSetCheck.AssertWhole(outDir, documents, consumers: seed % 4 == 0);
        // no document lost: every file not reported as skipped is in the graph (unless it repeats another's content)
        Assert.That(facts.DocumentIds, Does.Contain("in/good")); // ids are folder/name
        Assert.That(facts.DocumentIds.Length + CountDuplicates(r), Is.EqualTo(expected.Length), r.ToString());
    }

    private static int CountDuplicates(CliHarness.Outcome r)
    {
        var m = System.Text.RegularExpressions.Regex.Match(r.StdOut, @"Skipped (\d+) document\(s\) whose content");
        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    private TempDir _dir = null!;
    private string _partial = null!;

    [OneTimeSetUp]
    public void BuildSeeds()
    {
        _dir = new TempDir();
        _partial = Path.Combine(FaultFiles.BuildSeeds(_dir.File("base"), "--no-svg"), PartialFormat.BuildFileName);
    }

    [OneTimeTearDown]
    public void Cleanup() => _dir.Dispose();

    /// <summary>Document lines with a correct end record: a partial that proves itself whole, whatever its records say.</summary>
    private static string[] Sealed(IEnumerable<string> records)
    {
        var lines = records.ToArray();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var l in lines) sha.AppendData(Encoding.UTF8.GetBytes(l + "\n"));
        string end = $"{{\"end\":\"cartograph-partial\",\"documents\":{lines.Length},\"digest\":\"sha256:{Convert.ToHexStringLower(sha.GetHashAndReset())}\"}}";
        return [$"{{\"format\":\"cartograph-partial\",\"version\":{PartialFormat.Version}}}", .. lines, end];
    }

    [Test]
    public void NamesAndQuotesLongerThanOtherToolsReadAreCutInDotAndGraphMlAndKeptWholeInJson()
    {
        var lines = File.ReadAllLines(_partial);
        var record = JsonNode.Parse(lines[1])!.AsObject();
        string longName = "Hyper" + new string('x', 20_000) + "Net";
        string hugeQuote = string.Concat(Enumerable.Repeat("A \"very\" long & <quoted> sentence | with \\ backslashes. ", 220_000)); // 12 MB
        record["entities"]![0]!["label"] = longName;
        record["entities"]![0]!["key"] = longName.ToLowerInvariant();
        record["sentences"]![0]![2] = hugeQuote;
        using var tmp = new TempDir();
        string shard = tmp.File("long.partial.jsonl");
        File.WriteAllLines(shard, Sealed([record.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })]));
        var r = CliHarness.Invoke("merge", shard, "--out", tmp.File("out"), "--no-svg");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        OutputSetCheck.AssertWhole(tmp.File("out"), 1, consumers: true);
        string json = File.ReadAllText(tmp.File("out/graph.json"));
        Assert.That(json, Does.Contain(longName), "graph.json keeps the full name");
        string dot = File.ReadAllText(tmp.File("out/graph.dot"));
        Assert.That(dot, Does.Match(@"\[cut: [\d,]+ characters in all; full text in graph.json\]"), "the DOT cuts visibly");
        Assert.That(dot, Does.Match("…#[0-9a-f]{16}\""), "a cut id keeps a hash of the whole");
        Assert.That(File.ReadAllText(tmp.File("out/graph.graphml")), Does.Contain("characters in all; full text in graph.json]"), "the GraphML cuts the quote visibly");
    }

    private static IEnumerable<int> MutationSeeds => Enumerable.Range(0, Mutations);

    [TestCaseSource(nameof(MutationSeeds))]
    public void AMutatedPartialMergesIntoAWholeSetOrIsRefusedInOneLine(int seed)
    {
        var random = new Random(2000 + seed);
        var lines = File.ReadAllLines(_partial).ToList();
        byte[] bytes = File.ReadAllBytes(_partial);
        using var tmp = new TempDir();
        string shard = tmp.File("shard.partial.jsonl");
        string mutation;
        switch (seed % 8)
        {
            case 0:
                int cut = random.Next(bytes.Length);
                File.WriteAllBytes(shard, bytes[..cut]);
                mutation = $"cut at byte {cut}";
                break;
            case 1:
                int gone = random.Next(1, lines.Count - 1);
                lines.RemoveAt(gone);
                File.WriteAllLines(shard, lines);
                mutation = $"line {gone + 1} deleted";
                break;
            case 2:
                int flip = random.Next(bytes.Length);
                bytes[flip] ^= (byte)(1 << random.Next(8));
                File.WriteAllBytes(shard, bytes);
                mutation = $"bit flipped at byte {flip}";
                break;
            case 3:
                int twice = random.Next(1, lines.Count - 1);
                lines.Insert(twice, lines[twice]);
                File.WriteAllLines(shard, lines);
                mutation = $"line {twice + 1} doubled";
                break;
            case 4:
                File.WriteAllLines(shard, Sealed(lines.Skip(1).SkipLast(1).Where(_ => random.Next(3) > 0)));
                mutation = "a sealed subset";
                break;
            case 5:
                var records = lines.Skip(1).SkipLast(1).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
                var victim = records[random.Next(records.Count)];
                victim["id"] = "a|b\\c <&> " + victim["id"];
                File.WriteAllLines(shard, Sealed(records.OrderBy(r => (string)r["id"]!, StringComparer.Ordinal).Select(r => r.ToJsonString())));
                mutation = "an id with | and \\ (sealed)";
                break;
            case 6:
                File.WriteAllLines(shard, Sealed(lines.Skip(1).SkipLast(1).Select(l => l.Replace("\"sentences\":[", "\"sentences\":[[1,null,\"\\u0000\\ud800 stray\"],", StringComparison.Ordinal))));
                mutation = "stray sentences with NUL and a lone surrogate (sealed)";
                break;
            default:
                File.WriteAllBytes(shard, [.. bytes, .. Encoding.UTF8.GetBytes("{\"id\":\"zzz\"}\n")]);
                mutation = "a line after the end record";
                break;
        }
        var r = CliHarness.Invoke("merge", shard, "--out", tmp.File("out"), "--no-svg");
        Assert.That(r.ExitCode, Is.AnyOf(ExitCodes.Success, ExitCodes.BadInput), mutation + "\n" + r);
        Assert.That(r.StdErr, Does.Not.Contain("   at ").And.Not.Contain("Unhandled"), mutation + "\n" + r);
        if (r.ExitCode == ExitCodes.BadInput)
        {
            Assert.That(r.StdErr, Does.Contain("cartograph: error: " + shard), mutation + "\n" + r);
            Assert.That(Directory.Exists(tmp.File("out")), Is.False, "a refused merge left an output folder");
            return;
        }
        int documents = CliHarness.ReadJson(tmp.File("out")).GetProperty("graph").GetProperty("document_count").GetInt32();
        OutputSetCheck.AssertWhole(tmp.File("out"), documents, consumers: seed % 5 == 0);
    }
}
