using System.Text;
using Cartograph.Cli;
using Cartograph.Tests.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Cli;

/// <summary>What a build tells the user: warnings of one kind counted in one line unless --verbose, and true counts.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ReportTests
{
    /// <summary>Files whose text holds double-encoded UTF-8 ("Ã©" for "é"), which reading repairs with a warning.</summary>
    private static string CorpusWithRepairs(TempDir tmp, int files)
    {
        string folder = Directory.CreateDirectory(tmp.File("mojibake")).FullName;
        for (int i = 0; i < files; i++)
            File.WriteAllText(Path.Combine(folder, $"ep{i:00}.txt"),
                $"Ana: Episode {i}: we look at PolyGlide, a caf\u00C3\u00A9 model from Meta.\nBen: PolyGlide uses diffusion transformers.\n",
                new UTF8Encoding(false));
        return folder;
    }

    [Test]
    public void QuietCountsTheFilesOfOneKindOfWarningInOneLine()
    {
        using var tmp = new TempDir();
        var r = CliHarness.Build([CorpusWithRepairs(tmp, 5)], tmp.File("out"), "--no-svg", "-q");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        var lines = r.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1), r.ToString());
        Assert.That(lines[0], Is.EqualTo("cartograph: warning: repaired double-encoded UTF-8 in 5 files; --verbose lists them"));
        Assert.That(r.StdOut, Is.Empty);
    }

    [Test]
    public void VerboseListsEveryWarningWithItsFile()
    {
        using var tmp = new TempDir();
        var r = CliHarness.Build([CorpusWithRepairs(tmp, 5)], tmp.File("out"), "--no-svg", "--verbose");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        var repaired = r.StdErr.Split('\n').Where(l => l.Contains("repaired double-encoded UTF-8")).ToArray();
        Assert.That(repaired, Has.Length.EqualTo(5), r.ToString());
        for (int i = 0; i < 5; i++) Assert.That(repaired[i], Does.Contain($"ep{i:00}.txt"));
    }

    [Test]
    public void ASingleWarningIsShownWhole()
    {
        using var tmp = new TempDir();
        var r = CliHarness.Build([CorpusWithRepairs(tmp, 1)], tmp.File("out"), "--no-svg", "-q");
        Assert.That(r.StdErr.Trim(), Does.Contain("ep00.txt: warning: repaired double-encoded UTF-8 in 1 place"), r.ToString());
    }

    [Test]
    public void ErrorsAreListedOneByOneEvenWhenQuiet()
    {
        using var tmp = new TempDir();
        string folder = CorpusWithRepairs(tmp, 2);
        for (int i = 0; i < 3; i++) File.WriteAllBytes(Path.Combine(folder, $"empty{i}.txt"), []);
        var r = CliHarness.Build([folder], tmp.File("out"), "--no-svg", "-q");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        for (int i = 0; i < 3; i++) Assert.That(r.StdErr, Does.Contain($"empty{i}.txt: empty file"));
    }

    [Test]
    public void MergeSaysHowManyDocumentsItMerged()
    {
        using var tmp = new TempDir();
        string partial = tmp.File("seeds.partial.jsonl");
        Assert.That(CliHarness.Invoke("extract", CliHarness.Seeds, "--out", partial, "-q").ExitCode, Is.Zero);
        var r = CliHarness.Invoke("merge", partial, "--out", tmp.File("out"), "--no-svg");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        Assert.That(r.StdOut, Does.Contain($"Merged {CliHarness.SeedFiles().Length} documents from 1 partial graph"));
        Assert.That(r.StdOut, Does.Not.Contain("Read 0 of 0"));
    }
}

/// <summary>Without Graphviz a build writes everything but graph.svg and says why; no picture of an earlier graph is left beside it.</summary>
[TestFixture]
[NonParallelizable] // changes PATH for the process
public sealed class NoGraphvizTests
{
    private static CliHarness.Outcome BuildWithoutGraphviz(string outDir)
    {
        string? path = Environment.GetEnvironmentVariable("PATH");
        Environment.SetEnvironmentVariable("PATH", "/nonexistent");
        try
        {
            return CliHarness.Build([CliHarness.Seeds], outDir, "-q");
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", path);
        }
    }

    [Test]
    public void AnSvgLeftByAnEarlierBuildDoesNotStayBesideTheNewGraph()
    {
        using var tmp = new TempDir();
        Directory.CreateDirectory(tmp.File("out"));
        File.WriteAllText(tmp.File("out/graph.svg"), "<svg/>");
        var r = BuildWithoutGraphviz(tmp.File("out"));
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        Assert.That(r.StdErr, Does.Contain("Graphviz"), r.ToString());
        Assert.That(File.Exists(tmp.File("out/graph.svg")), Is.False, "a picture of an earlier graph was left in out/");
        CliHarness.AssertValidOutputs(tmp.File("out"));
    }

    [Test]
    public void WithoutAnEarlierSvgOnlyTheMissingGraphvizIsSaid()
    {
        using var tmp = new TempDir();
        var r = BuildWithoutGraphviz(tmp.File("out"));
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        Assert.That(r.StdErr, Does.Contain("Graphviz"), r.ToString());
        Assert.That(File.Exists(tmp.File("out/graph.svg")), Is.False);
    }

    [Test]
    public void TheReadmesFirstCommandInstallsGraphvizBeforeBuilding()
    {
        string first = Repository.ReadmeCommandsTests.Blocks("sh")[0];
        Assert.That(first, Does.Contain($"bash scripts/install-graphviz.sh && {CliHarness.ReadmeBuildCommand}"));
    }
}
