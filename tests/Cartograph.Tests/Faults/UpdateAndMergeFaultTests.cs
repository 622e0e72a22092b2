using Cartograph.Cli;
using Cartograph.Partials;
using Cartograph.Tests.Cli;
using Cartograph.Tests.Writing;
using Cartograph.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Faults;

/// <summary>
/// A graph to update or a partial to merge that is missing, malformed, cut short or from another build: exit 4 with a
/// message naming the file and what is wrong, and the folder still holds its whole previous set. An update never
/// quietly replaces a graph with less than it held.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class UpdateAndMergeFaultTests
{
    private TempDir _dir = null!;
    private string _base = null!;

    [OneTimeSetUp]
    public void BuildTheGraphToUpdate()
    {
        _dir = new TempDir();
        _base = FaultFiles.BuildSeeds(_dir.File("base"), "--no-svg");
    }

    [OneTimeTearDown]
    public void Cleanup() => _dir.Dispose();

    /// <summary>A copy of the seeds' build, broken by <paramref name="breakIt"/>, then updated with one new document.</summary>
    private static (CliHarness.Outcome Outcome, string Folder, Dictionary<string, byte[]> Before) UpdateBroken(TempDir tmp, string from, Action<string> breakIt)
    {
        string folder = tmp.File("graph");
        Directory.CreateDirectory(folder);
        foreach (var f in OutputSet.Files.Where(f => File.Exists(Path.Combine(from, f))))
            File.Copy(Path.Combine(from, f), Path.Combine(folder, f));
        breakIt(folder);
        var before = OutputSetCheck.Snapshot(folder);
        string news = FaultFiles.WriteGood(tmp.File("news"), "news.txt");
        var r = CliHarness.Invoke("build", "--update", Path.Combine(folder, GraphWriters.JsonFile), news, "--no-svg");
        return (r, folder, before);
    }

    private static void AssertBadInput(CliHarness.Outcome r, string file, string says)
    {
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.BadInput), r.ToString());
        Assert.That(r.StdErr, Does.Contain(file).And.Contain(says), r.ToString());
        Assert.That(r.StdErr, Does.Not.Contain("   at "), "a stack trace reached the user");
        Assert.That(r.StdErr.Trim().Split('\n').Count(l => l.StartsWith("cartograph: error:", StringComparison.Ordinal)), Is.EqualTo(1), r.ToString());
    }

    private static string Json(string folder) => Path.Combine(folder, GraphWriters.JsonFile);
    private static string Partial(string folder) => Path.Combine(folder, PartialFormat.BuildFileName);

    [Test]
    public void AWholeGraphIsUpdatedAndTheNewSetIsWhole()
    {
        using var tmp = new TempDir();
        var (r, folder, _) = UpdateBroken(tmp, _base, _ => { });
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        OutputSetCheck.AssertWhole(folder, FaultFiles.SeedCount + 1, consumers: true);
    }

    private static readonly (string Case, Action<string> Break, Func<string, string> File, string Says)[] s_graphFaults =
    [
        ("graph.json cut short", f => File.WriteAllBytes(Json(f), File.ReadAllBytes(Json(f))[..5000]), Json, "truncated"),
        ("graph.json not JSON", f => File.WriteAllText(Json(f), "<html>not json</html>"), Json, "not valid JSON"),
        ("graph.json empty", f => File.WriteAllBytes(Json(f), []), Json, "is empty (0 bytes)"),
        ("graph.json of an older Cartograph", f => File.WriteAllText(Json(f), File.ReadAllText(Json(f)).Replace("\"partial_digest\"", "\"other\"")), Json, "has no graph.partial_digest"),
        ("partial cut at a line boundary", f => File.WriteAllLines(Partial(f), File.ReadAllLines(Partial(f))[..3]), Partial, "truncated"),
        ("partial holding only its header", f => File.WriteAllLines(Partial(f), File.ReadAllLines(Partial(f))[..1]), Partial, "truncated"),
        ("partial of an older Cartograph", f => File.WriteAllLines(Partial(f), ["{\"format\":\"cartograph-partial\",\"version\":1}", .. File.ReadAllLines(Partial(f))[1..^1]]), Partial, "written by an older Cartograph"),
        ("partial without its relations' rules", f => File.WriteAllLines(Partial(f), ["{\"format\":\"cartograph-partial\",\"version\":2}", .. File.ReadAllLines(Partial(f))[1..]]), Partial, "without the rules that made its relations"),
        ("partial not a partial", f => File.WriteAllText(Partial(f), "id,hash\na,b\n"), Partial, "not a Cartograph partial graph"),
        ("partial empty", f => File.WriteAllBytes(Partial(f), []), Partial, "empty"),
        ("partial missing", f => File.Delete(Partial(f)), Partial, "is missing"),
        ("partial a folder", f => { File.Delete(Partial(f)); Directory.CreateDirectory(Partial(f)); }, Partial, "a folder, not a partial graph file"),
        ("graph.json a folder", f => { File.Delete(Json(f)); Directory.CreateDirectory(Json(f)); }, Json, "a folder, not a graph.json file"),
        ("partial with a line changed", f => File.WriteAllLines(Partial(f), File.ReadAllLines(Partial(f)).Select((l, i) => i == 2 ? l.Replace("\"sentences\":[[", "\"sentences\":[[9") : l)), Partial, "changed after it was written"),
        ("partial unreadable", f => { File.Delete(Partial(f)); FaultFiles.UnreadableLink(Partial(f)); }, Partial, "cannot read"),
    ];

    private static IEnumerable<TestCaseData> GraphFaults() => s_graphFaults.Select(c => new TestCaseData(c.Case).SetName("UpdateRefuses: " + c.Case));

    [TestCaseSource(nameof(GraphFaults))]
    public void AnUpdateOfABrokenGraphExitsBadInputNamingTheFileAndLeavesTheFolderAsItWas(string name)
    {
        var fault = s_graphFaults.Single(c => c.Case == name);
        using var tmp = new TempDir();
        var (r, folder, before) = UpdateBroken(tmp, _base, fault.Break);
        AssertBadInput(r, fault.File(folder), fault.Says);
        OutputSetCheck.AssertUnchanged(folder, before);
    }

    [Test]
    public void APartialFromAnotherCorpusBesideGraphJsonIsRefused()
    {
        using var tmp = new TempDir();
        string other = tmp.File("other");
        Assert.That(CliHarness.Build([CliHarness.SeedFiles()[0]], other, "--no-svg", "--quiet").ExitCode, Is.Zero);
        var (r, folder, before) = UpdateBroken(tmp, _base, f => File.Copy(Partial(other), Partial(f), overwrite: true));
        AssertBadInput(r, Partial(folder), "does not belong to");
        OutputSetCheck.AssertUnchanged(folder, before);
    }

    [Test]
    public void APipeAsThePartialOfAnUpdateOrAMergeIsNamedAndNeverWaitedOn()
    {
        using var tmp = new TempDir();
        string folder = tmp.File("graph");
        Directory.CreateDirectory(folder);
        File.Copy(Json(_base), Json(folder));
        FaultFiles.MakeFifo(Partial(folder));
        var update = CliProcess.Run(["build", "--update", Json(folder), FaultFiles.WriteGood(tmp.File("news")), "--no-svg"]);
        AssertBadInput(update, Partial(folder), "a named pipe, not a partial graph file");
        var merge = CliProcess.Run(["merge", Partial(folder), "--out", tmp.File("merged")]);
        AssertBadInput(merge, Partial(folder), "a named pipe, not a partial graph file");
        Assert.That(Directory.Exists(tmp.File("merged")), Is.False, "a failed merge left an output folder");
    }

    [Test]
    public void AMergeOfAHeaderOnlyPartialSaysItIsCutShort()
    {
        using var tmp = new TempDir();
        string shard = tmp.File("shard.partial.jsonl");
        File.WriteAllLines(shard, File.ReadAllLines(Partial(_base))[..1]);
        var r = CliHarness.Invoke("merge", shard, "--out", tmp.File("merged"));
        AssertBadInput(r, shard, "holds its header and nothing else");
        Assert.That(r.StdErr, Does.Not.Contain("no .txt or .md documents"), r.ToString());
    }

    [Test]
    public void AMergeOfAPartialCutAtALineBoundaryFailsInsteadOfLosingDocuments()
    {
        using var tmp = new TempDir();
        string shard = tmp.File("shard.partial.jsonl");
        File.WriteAllLines(shard, File.ReadAllLines(Partial(_base))[..3]);
        var r = CliHarness.Invoke("merge", shard, Partial(_base), "--out", tmp.File("merged"));
        AssertBadInput(r, shard, "ends after 2 document(s) without its end record");
    }

    [Test]
    public void AMergeOfTheBuildsPartialGivesTheSameWholeSet()
    {
        using var tmp = new TempDir();
        var r = CliHarness.Invoke("merge", Partial(_base), "--out", tmp.File("merged"), "--no-svg");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        OutputSetCheck.AssertWhole(tmp.File("merged"), FaultFiles.SeedCount);
        foreach (var f in new[] { GraphWriters.GraphMlFile, GraphWriters.DotFile, GraphWriters.JsonFile, PartialFormat.BuildFileName })
            Assert.That(File.ReadAllBytes(tmp.File("merged/" + f)), Is.EqualTo(File.ReadAllBytes(Path.Combine(_base, f))), f);
    }
}
