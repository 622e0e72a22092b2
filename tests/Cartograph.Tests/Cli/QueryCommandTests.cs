using NUnit.Framework;
using Cartograph.Cli;
using Cartograph.Tests.Writing;
using Cartograph.Writing;

namespace Cartograph.Tests.Cli;

/// <summary>show and subgraph, run on the committed graph of the seeds; explain, run on a small text.</summary>
[TestFixture]
public sealed class QueryCommandTests
{
    private static string SeedsJson => Path.Combine(CliHarness.CommittedOut, GraphWriters.JsonFile);

    [Test]
    public void ShowPrintsTheNodeItsNeighboursByRelationAndTheirQuotes()
    {
        var r = CliHarness.Invoke("show", SeedsJson, "talkverse");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
        Assert.That(r.StdOut, Does.StartWith("TalkVerse (paper, paper:talkverse)"));
        Assert.That(r.StdOut, Does.Contain("competes_with (2)").And.Contain("uses_technique -> (7)"));
        Assert.That(r.StdOut, Does.Contain("HeyGen (organization), weight 1  [rivalry-cue]"), "each relation with the rules that made it");
        Assert.That(r.StdOut, Does.Contain("000_ad29d273c7fc6189:11 Lily: \"Because we've seen these talking head systems"));
    }

    [Test]
    public void ShowFindsANodeByAnAlias()
    {
        var r = CliHarness.Invoke("show", SeedsJson, "ar");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
        Assert.That(r.StdOut, Does.StartWith("augmented reality (domain, domain:augmented-reality)"));
    }

    [Test]
    public void ShowOfANameTheGraphLacksIsAUsageErrorNamingIt()
    {
        var r = CliHarness.Invoke("show", SeedsJson, "No Such Thing");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(r.StdErr, Does.Contain("no entity called 'No Such Thing'"));
        Assert.That(r.StdOut, Is.Empty);
    }

    [Test]
    public void ShowOfAMissingOrBrokenGraphIsBadInputNamingTheFile()
    {
        using var dir = new TempDir();
        var missing = CliHarness.Invoke("show", dir.File("nope.json"), "x");
        Assert.That(missing.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(missing.StdErr, Does.Contain("nope.json"));
        File.WriteAllText(dir.File("broken.json"), "{\"nodes\": [");
        var broken = CliHarness.Invoke("show", dir.File("broken.json"), "x");
        Assert.That(broken.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(broken.StdErr, Does.Contain("broken.json").And.Contain("not a Cartograph graph.json"));
        Assert.That(broken.StdErr, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void SubgraphWritesTheNeighbourhoodInEveryFormat()
    {
        using var dir = new TempDir();
        var r = CliHarness.Invoke("subgraph", SeedsJson, "--around", "TalkVerse", "--depth", "1", "--out", dir.Path, "--no-svg");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
        CliHarness.AssertValidOutputs(dir.Path);
        var json = CliHarness.ReadJson(dir.Path);
        var ids = json.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        // TalkVerse and every node one edge away from it in the committed graph
        var seeds = System.Text.Json.JsonDocument.Parse(File.ReadAllText(SeedsJson)).RootElement;
        var expected = seeds.GetProperty("edges").EnumerateArray()
            .SelectMany(e => new[] { e.GetProperty("source").GetString(), e.GetProperty("target").GetString() }.Contains("paper:talkverse")
                ? new[] { e.GetProperty("source").GetString(), e.GetProperty("target").GetString() } : [])
            .Append("paper:talkverse").Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.That(expected, Has.Count.GreaterThan(5), "the committed graph gives TalkVerse its neighbours");
        Assert.That(ids.Order(StringComparer.Ordinal).ToList(), Is.EqualTo(expected), "TalkVerse and its neighbours");
        Assert.That(ids, Does.Contain("paper:talkverse").And.Contain("organization:heygen"));
        Assert.That(json.GetProperty("graph").GetProperty("name").GetString(), Is.EqualTo("around TalkVerse (depth 1)"));
        var heygen = json.GetProperty("edges").EnumerateArray().Single(e => e.GetProperty("source").GetString() == "organization:heygen"
            && e.GetProperty("target").GetString() == "paper:talkverse");
        Assert.That(heygen.GetProperty("rules").EnumerateArray().Select(n => n.GetString()), Is.EqualTo(new[] { "rivalry-cue" }), "the edges keep their rules");
    }

    [Test]
    public void ASubgraphDeepEnoughToHoldTheWholeGraphIsTheGraph()
    {
        using var dir = new TempDir();
        using var all = new TempDir();
        var r = CliHarness.Invoke("subgraph", SeedsJson, "--around", "TalkVerse", "--depth", "0", "--out", dir.Path, "--no-svg");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
        Assert.That(CliHarness.ReadJson(dir.Path).GetProperty("nodes").GetArrayLength(), Is.EqualTo(1), "depth 0 is the node alone");
        var whole = CliHarness.Invoke("subgraph", SeedsJson, "--around", "TalkVerse", "--depth", "1000", "--out", all.Path, "--no-svg");
        Assert.That(whole.ExitCode, Is.EqualTo(ExitCodes.Success), whole.ToString());
        var component = CliHarness.ReadJson(CliHarness.CommittedOut).GetProperty("nodes").EnumerateArray()
            .Where(n => n.GetProperty("component").GetInt32() == 0).Select(n => n.GetProperty("id").GetString()).Order(StringComparer.Ordinal);
        var got = CliHarness.ReadJson(all.Path).GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString());
        Assert.That(got, Is.EqualTo(component), "the neighbourhood of any depth is TalkVerse's weakly connected component");
    }

    [Test]
    public void KeepIsolatedPutsTheNodesWithoutRelationsOnTheMap()
    {
        using var plain = new TempDir();
        using var kept = new TempDir();
        Assert.That(CliHarness.Build([CliHarness.Seeds], plain.Path, "--no-svg", "--quiet").ExitCode, Is.Zero);
        Assert.That(CliHarness.Build([CliHarness.Seeds], kept.Path, "--no-svg", "--quiet", "--keep-isolated").ExitCode, Is.Zero);
        string withoutIsolated = File.ReadAllText(plain.File(GraphWriters.DotFile));
        string withIsolated = File.ReadAllText(kept.File(GraphWriters.DotFile));
        int isolated = CliHarness.ReadJson(plain.Path).GetProperty("nodes").EnumerateArray().Count(n => n.GetProperty("degree").GetInt32() == 0);
        Assert.That(isolated, Is.GreaterThan(0), "the seeds have entities without relations");
        Assert.That(withoutIsolated, Does.Contain($"{isolated} entities without relations not shown"));
        Assert.That(withIsolated, Does.Not.Contain("without relations not shown"));
        Assert.That(CountNodes(withIsolated) - CountNodes(withoutIsolated), Is.EqualTo(isolated));
    }

    private static int CountNodes(string dot) =>
        dot.Split('\n').Count(l => l.TrimStart().StartsWith('"') && l.Contains(" [label=") && !l.Contains("->"));

    [Test]
    public void ExplainPrintsEachRelationWithTheRuleThatMadeItAndItsSentence()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("abstract.txt"), "Ferrite: Light Segmentation\n\nWe propose Ferrite, a light model trained with knowledge distillation. Meta has released Llama 2. Experiments show that Ferrite outperforms GrapeNet.\n");
        var r = CliHarness.Invoke("explain", dir.File("abstract.txt"));
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
        Assert.That(r.StdOut, Does.Contain("Ferrite (paper) -uses_technique-> knowledge distillation (technique)  [appositive-description, segment-paper]"));
        // read by two rules (the release verb, and Meta named beside its product): one relation showing both
        Assert.That(r.StdOut, Does.Contain("Llama 2 (product) -developed_by-> Meta (organization)  [maker-named-beside, release-verb]"));
        Assert.That(r.StdOut.Split('\n').Count(l => l.Contains("Llama 2 (product) -developed_by->")), Is.EqualTo(1));
        Assert.That(r.StdOut, Does.Contain("[rivalry-cue]").And.Contain("line 3: \"Experiments show that Ferrite outperforms GrapeNet.\""));
    }

    [Test]
    public void ExplainAboutOneNameLeavesTheOthersOut()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("abstract.txt"), "Ferrite: Light Segmentation\n\nWe propose Ferrite, a light model trained with knowledge distillation. Meta has released Llama 2.\n");
        var r = CliHarness.Invoke("explain", dir.File("abstract.txt"), "--about", "llama 2");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
        Assert.That(r.StdOut, Does.Contain("-developed_by-> Meta"));
        Assert.That(r.StdOut, Does.Not.Contain("knowledge distillation"));
    }

    [Test]
    public void ExplainOfNothingReadableSaysSoWithItsExitCode()
    {
        using var dir = new TempDir();
        File.WriteAllBytes(dir.File("empty.txt"), []);
        var r = CliHarness.Invoke("explain", dir.File("empty.txt"));
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.NothingToBuild), r.ToString());
        Assert.That(r.StdErr, Does.Contain("empty.txt").And.Contain("nothing to explain"));
    }
}
