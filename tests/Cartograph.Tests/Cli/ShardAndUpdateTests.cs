using Cartograph.Partials;
using Cartograph.Tests.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Cli;

/// <summary>
/// Incremental and sharded builds give exactly what one build of everything gives:
/// merge(extract(A), extract(B)) == build(A+B), build(A) then --update B == build(A+B),
/// both order-free and idempotent.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ShardAndUpdateTests
{
    private static readonly string[] AllFiles = [.. CliHarness.GraphFiles, PartialFormat.BuildFileName];

    private TempDir _tmp = null!;
    private string _a = null!, _b = null!, _all = null!;

    [OneTimeSetUp]
    public void SplitSeedsIntoTwoShards()
    {
        _tmp = new TempDir();
        _a = Directory.CreateDirectory(_tmp.File("shard-a")).FullName;
        _b = Directory.CreateDirectory(_tmp.File("shard-b")).FullName;
        var seeds = CliHarness.SeedFiles();
        for (int i = 0; i < seeds.Length; i++)
            File.Copy(seeds[i], Path.Combine(i % 2 == 0 ? _a : _b, Path.GetFileName(seeds[i])));
        _all = _tmp.File("all");
        Assert.That(CliHarness.Build([_a, _b], _all, "--no-svg", "-q").ExitCode, Is.Zero);
    }

    [OneTimeTearDown]
    public void Cleanup() => _tmp.Dispose();

    private static void AssertSameFiles(string expectedDir, string actualDir, string what)
    {
        foreach (var f in AllFiles)
            Assert.That(File.ReadAllBytes(Path.Combine(actualDir, f)), Is.EqualTo(File.ReadAllBytes(Path.Combine(expectedDir, f))),
                $"{f} differs {what}");
    }

    private string Extract(string input, string name)
    {
        string partial = _tmp.File(name);
        var r = CliHarness.Invoke("extract", input, "--out", partial, "-q");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        return partial;
    }

    private string Merge(string name, params string[] partials)
    {
        string dir = _tmp.File(name);
        var r = CliHarness.Invoke(["merge", .. partials, "--out", dir, "--no-svg", "-q"]);
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        return dir;
    }

    [Test]
    public void EveryBuildLeavesItsPartialGraphBesideGraphJson()
    {
        using var partial = new PartialReader(Path.Combine(_all, PartialFormat.BuildFileName));
        int n = 0;
        while (partial.Next() is not null) n++;
        Assert.That(n, Is.EqualTo(CliHarness.SeedFiles().Length));
    }

    [Test]
    public void MergingTheExtractedShardsGivesTheSameFilesAsBuildingEverything()
    {
        var merged = Merge("merged-ab", Extract(_a, "a1.partial.jsonl"), Extract(_b, "b1.partial.jsonl"));
        AssertSameFiles(_all, merged, "between merge(extract(A), extract(B)) and build(A+B)");
    }

    [Test]
    public void MergingMoreShardsThanAreReadAheadGivesTheSameFiles()
    {
        // one shard per seed: past PartialMerge.MaxReadAhead the partials are read in turn, not ahead
        var seeds = CliHarness.SeedFiles();
        var partials = new List<string>();
        for (int i = 0; i < seeds.Length; i++)
        {
            // in a folder named as in build(all), so that the document keeps its id (folder/name)
            string seed = seeds[i];
            string dir = Directory.CreateDirectory(Path.Combine(_tmp.File("one-" + Path.GetFileNameWithoutExtension(seed)), i % 2 == 0 ? "shard-a" : "shard-b")).FullName;
            File.Copy(seed, Path.Combine(dir, Path.GetFileName(seed)));
            partials.Add(Extract(dir, Path.GetFileNameWithoutExtension(seed) + ".partial.jsonl"));
        }
        Assume.That(partials, Has.Count.GreaterThan(PartialMerge.MaxReadAhead));
        AssertSameFiles(_all, Merge("m-each", [.. Enumerable.Reverse(partials)]), "between merging one shard per seed and build(all)");
    }

    [Test]
    public void MergeIsOrderFree()
    {
        string a = Extract(_a, "a2.partial.jsonl"), b = Extract(_b, "b2.partial.jsonl");
        AssertSameFiles(Merge("m-ab", a, b), Merge("m-ba", b, a), "between merge(A, B) and merge(B, A)");
    }

    [Test]
    public void MergeIsIdempotent()
    {
        string a = Extract(_a, "a3.partial.jsonl"), b = Extract(_b, "b3.partial.jsonl");
        var twice = Merge("m-aab", a, b, a);
        AssertSameFiles(_all, twice, "when shard A is merged twice");
        var again = Merge("m-all-a", Path.Combine(_all, PartialFormat.BuildFileName), a);
        AssertSameFiles(_all, again, "when a shard already in a build's partial is merged into it again");
    }

    [Test]
    public void UpdatingAGraphWithNewDocumentsGivesTheSameFilesAsBuildingEverything()
    {
        string dir = _tmp.File("update-ab");
        Assert.That(CliHarness.Build([_a], dir, "--no-svg", "-q").ExitCode, Is.Zero);
        var r = CliHarness.Invoke("build", "--update", Path.Combine(dir, "graph.json"), _b, "--no-svg", "-q");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        AssertSameFiles(_all, dir, "between build(A) + update(B) and build(A+B)");
    }

    [Test]
    public void AddingTheSameDocumentsAgainChangesNothing()
    {
        string dir = _tmp.File("update-again");
        Assert.That(CliHarness.Build([_a, _b], dir, "--no-svg", "-q").ExitCode, Is.Zero);
        var r = CliHarness.Invoke("build", "--update", Path.Combine(dir, "graph.json"), _b, "--no-svg");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        Assert.That(r.StdOut, Does.Contain("already in the graph"));
        AssertSameFiles(_all, dir, "after re-adding documents already in the graph");
    }

    [Test]
    public void TheSameContentUnderTwoNamesCountsOnceAndKeepsTheSmallerId()
    {
        string one = Directory.CreateDirectory(_tmp.File("dup-1")).FullName, two = Directory.CreateDirectory(_tmp.File("dup-2")).FullName;
        string seed = CliHarness.SeedFiles()[1];
        File.Copy(seed, Path.Combine(one, "episode-b.txt"));
        File.Copy(seed, Path.Combine(two, "episode-a.txt"));
        string built = _tmp.File("dup-built");
        Assert.That(CliHarness.Build([one, two], built, "--no-svg", "-q").ExitCode, Is.Zero);
        AssertSameFiles(built, Merge("dup-merged", Extract(one, "d1.partial.jsonl"), Extract(two, "d2.partial.jsonl")),
            "between merging and building two copies of one document");
        var json = CliHarness.ReadJson(built);
        Assert.That(json.GetProperty("graph").GetProperty("document_count").GetInt32(), Is.EqualTo(1));
        Assert.That(File.ReadAllText(Path.Combine(built, "graph.json")), Does.Contain("dup-1/episode-b").And.Not.Contain("episode-a"));
    }

    [Test]
    public void UpdatingWithAnEditedFileReplacesTheDocumentOfTheSameId()
    {
        string folder = Directory.CreateDirectory(_tmp.File("edit")).FullName;
        string file = Path.Combine(folder, "episode.txt");
        File.WriteAllText(file, "Chris: Today we look at GateFusion, a new model from Google for speech recognition.\n");
        string dir = _tmp.File("edit-out");
        Assert.That(CliHarness.Build([folder], dir, "--no-svg", "-q").ExitCode, Is.Zero);
        File.WriteAllText(file, "Chris: Today we look at TalkVerse, a new dataset from Meta for video generation.\n");
        var r = CliHarness.Invoke("build", "--update", Path.Combine(dir, "graph.json"), file, "--no-svg", "-q");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        string rebuilt = _tmp.File("edit-rebuilt");
        Assert.That(CliHarness.Build([folder], rebuilt, "--no-svg", "-q").ExitCode, Is.Zero);
        AssertSameFiles(rebuilt, dir, "between updating with an edited file and building it afresh");
    }

    [Test]
    public void AFileWithTheNameOfOneInAnotherFolderIsAddedNotSwapped()
    {
        // two different episodes called episode.txt, one per day: an update keeps both, as a full build does
        string corpus = _tmp.File("days");
        string monday = Directory.CreateDirectory(Path.Combine(corpus, "2026-11-21")).FullName;
        string tuesday = Directory.CreateDirectory(Path.Combine(corpus, "2026-11-22")).FullName;
        var seeds = CliHarness.SeedFiles();
        File.Copy(seeds[0], Path.Combine(monday, "episode.txt"));
        File.Copy(seeds[1], Path.Combine(tuesday, "episode.txt"));
        string whole = _tmp.File("days-whole"), daily = _tmp.File("days-daily");
        Assert.That(CliHarness.Build([corpus], whole, "--no-svg", "-q").ExitCode, Is.Zero);
        Assert.That(CliHarness.Build([monday], daily, "--no-svg", "-q").ExitCode, Is.Zero);
        var r = CliHarness.Invoke("build", "--update", Path.Combine(daily, "graph.json"), tuesday, "--no-svg", "-q");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        Assert.That(r.StdErr, Does.Not.Contain("replaces"), r.ToString());
        Assert.That(CliHarness.ReadJson(daily).GetProperty("graph").GetProperty("document_count").GetInt32(), Is.EqualTo(2));
        AssertSameFiles(whole, daily, "between building both days at once and adding the second day with --update");
    }

    [Test]
    public void ReplacingADocumentOfTheGraphIsReported()
    {
        string folder = Directory.CreateDirectory(_tmp.File("replace")).FullName;
        string file = Path.Combine(folder, "episode.txt");
        File.WriteAllText(file, "Chris: Today we look at GateFusion, a new model from Google for speech recognition.\n");
        string dir = _tmp.File("replace-out");
        Assert.That(CliHarness.Build([folder], dir, "--no-svg", "-q").ExitCode, Is.Zero);
        File.WriteAllText(file, "Chris: Today we look at TalkVerse, a new dataset from Meta for video generation.\n");
        var r = CliHarness.Invoke("build", "--update", Path.Combine(dir, "graph.json"), file, "--no-svg");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        Assert.That(r.StdErr, Does.Contain("episode.txt").And.Contain("replaces the document 'replace/episode'"), r.ToString());
        Assert.That(r.StdOut, Does.Contain("Replaced 1 document"), r.ToString());
    }

    [Test]
    public void UpdateWithoutThePartialGraphSaysWhichFileIsMissing()
    {
        string dir = _tmp.File("no-partial");
        Assert.That(CliHarness.Build([_a], dir, "--no-svg", "-q").ExitCode, Is.Zero);
        File.Delete(Path.Combine(dir, PartialFormat.BuildFileName));
        var r = CliHarness.Invoke("build", "--update", Path.Combine(dir, "graph.json"), _b, "--no-svg");
        Assert.That(r.ExitCode, Is.EqualTo(4), r.ToString());
        Assert.That(r.StdErr, Does.Contain(PartialFormat.BuildFileName));
    }

    [Test]
    public void MergingAFileThatIsNotAPartialGraphNamesItAndWritesNothing()
    {
        string bogus = _tmp.File("notes.partial.jsonl");
        File.WriteAllText(bogus, "{\"hello\": 1}\n");
        string dir = _tmp.File("bogus-out");
        var r = CliHarness.Invoke("merge", Extract(_a, "a4.partial.jsonl"), bogus, "--out", dir, "--no-svg");
        Assert.That(r.ExitCode, Is.EqualTo(4), r.ToString());
        Assert.That(r.StdErr, Does.Contain(bogus));
        Assert.That(File.Exists(Path.Combine(dir, "graph.json")), Is.False);
    }

    [Test]
    public void AMalformedDocumentLineIsReportedWithItsFileAndLine()
    {
        string good = Extract(_a, "a5.partial.jsonl");
        string broken = _tmp.File("broken.partial.jsonl");
        var lines = File.ReadAllLines(good);
        File.WriteAllLines(broken, [lines[0], lines[1][..(lines[1].Length / 2)]]);
        var r = CliHarness.Invoke("merge", broken, "--out", _tmp.File("broken-out"), "--no-svg");
        Assert.That(r.ExitCode, Is.EqualTo(4), r.ToString());
        Assert.That(r.StdErr, Does.Contain(broken + ":2:"));
    }

    [Test]
    public void AMissingPartialIsAnErrorNamingIt()
    {
        string missing = _tmp.File("missing.partial.jsonl");
        var r = CliHarness.Invoke("merge", missing, "--out", _tmp.File("missing-out"));
        Assert.That(r.ExitCode, Is.EqualTo(4));
        Assert.That(r.StdErr, Does.Contain(missing));
    }

    [Test]
    public void ExtractingNothingIsAnError()
    {
        string empty = Directory.CreateDirectory(_tmp.File("empty")).FullName;
        var r = CliHarness.Invoke("extract", empty, "--out", _tmp.File("empty.partial.jsonl"));
        Assert.That(r.ExitCode, Is.EqualTo(1));
        Assert.That(File.Exists(_tmp.File("empty.partial.jsonl")), Is.False);
    }
}
