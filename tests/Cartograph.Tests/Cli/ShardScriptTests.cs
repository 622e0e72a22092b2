using Cartograph.Tests.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Cli;

/// <summary>scripts/shard.sh, the README's sharding recipe: its shards' partials merge into what one build of the corpus gives.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ShardScriptTests
{
    private static string Script => Path.Combine(RepoPaths.Root, "scripts", "shard.sh");

    private static ExternalProcess.Result Shard(TempDir tmp, params string[] args)
    {
        var psi = new System.Diagnostics.ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = tmp.Path };
        psi.ArgumentList.Add(Script);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["CARTOGRAPH"] = CliHarness.NativeCli ?? $"dotnet {CliHarness.CliDll}"; // split into words by the script
        using var p = System.Diagnostics.Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.That(p.WaitForExit(TimeSpan.FromMinutes(2)), Is.True, "shard.sh did not finish");
        return new ExternalProcess.Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    [Test]
    public void ShardsExtractedOneByOneMergeIntoTheGraphOfOneBuild()
    {
        using var tmp = new TempDir();
        var seeds = CliHarness.SeedFiles();
        for (int i = 0; i < seeds.Length; i++)
        {
            string day = Directory.CreateDirectory(tmp.File(Path.Combine("corpus", i < 3 ? "2026-11-21" : "2026 11 22"))).FullName;
            File.Copy(seeds[i], Path.Combine(day, i == 4 ? "an episode.txt" : Path.GetFileName(seeds[i])));
        }
        File.WriteAllText(tmp.File("corpus/2026-11-21/cover.png"), "not a document");
        var split = Shard(tmp, "split", "corpus", "3", "shards");
        Assert.That(split.ExitCode, Is.Zero, split.ToString());
        var listed = Enumerable.Range(0, 3).SelectMany(i => File.ReadAllLines(tmp.File($"shards/shard-{i}"))).ToArray();
        Assert.That(listed, Has.Length.EqualTo(seeds.Length).And.All.Not.EndWith(".png"));
        for (int task = 0; task < 3; task++)
        {
            var r = Shard(tmp, "extract", $"shards/shard-{task}", $"partials/{task}.partial.jsonl");
            Assert.That(r.ExitCode, Is.Zero, r.ToString());
        }
        var merged = CliHarness.Invoke("merge", tmp.File("partials/0.partial.jsonl"), tmp.File("partials/1.partial.jsonl"), tmp.File("partials/2.partial.jsonl"),
            "--out", tmp.File("merged"), "--no-svg", "-q");
        Assert.That(merged.ExitCode, Is.Zero, merged.ToString());
        Assert.That(CliHarness.Build([tmp.File("corpus")], tmp.File("built"), "--no-svg", "-q").ExitCode, Is.Zero);
        foreach (var f in CliHarness.GraphFiles)
            Assert.That(File.ReadAllBytes(tmp.File($"merged/{f}")), Is.EqualTo(File.ReadAllBytes(tmp.File($"built/{f}"))), f);
    }

    [TestCase("split", "corpus", "0", "shards")]
    [TestCase("split", "no-such-corpus", "2", "shards")]
    [TestCase("extract", "no-such-list", "x.partial.jsonl")]
    [TestCase("frobnicate")]
    public void BadArgumentsAreAUsageError(params string[] args)
    {
        using var tmp = new TempDir();
        Directory.CreateDirectory(tmp.File("corpus"));
        var r = Shard(tmp, args);
        Assert.That(r.ExitCode, Is.EqualTo(2), r.ToString());
        Assert.That(r.StdErr, Is.Not.Empty);
    }
}
