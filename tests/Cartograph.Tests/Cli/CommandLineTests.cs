using Cartograph.Cli;
using Cartograph.Partials;
using Cartograph.Tests.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Cli;

/// <summary>
/// The command line fails politely: a command line that cannot run as typed is exit code 2 with one line naming
/// the problem and no stack trace, before anything is read or written; every command line that can run, runs.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class CommandLineTests
{
    private const string GoodText =
        "Ana: Today we look at PolyGlide, a new video model from Meta.\n" +
        "Ben: PolyGlide uses diffusion transformers for video generation.\n";

    private static void AssertUsageError(CliHarness.Outcome r, string mentions)
    {
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.UsageError), r.ToString());
        Assert.That(r.StdErr, Does.Contain("usage error").And.Contain(mentions), r.ToString());
        Assert.That(r.StdErr + r.StdOut, Does.Not.Contain("   at ").And.Not.Contain("Exception"), "a stack trace reached the user");
    }

    [Test]
    public void OutWithoutAValueIsAUsageErrorNotACrash()
    {
        using var tmp = new TempDir();
        AssertUsageError(CliHarness.Invoke("build", CliHarness.Seeds, "--out"), "--out");
        AssertUsageError(CliHarness.Invoke("extract", CliHarness.Seeds, "--out"), "--out");
        AssertUsageError(CliHarness.Invoke("merge", tmp.File("x.partial.jsonl"), "--out"), "--out");
    }

    [Test]
    public void AnEmptyOutIsAUsageErrorBeforeAnythingIsBuilt()
    {
        AssertUsageError(CliHarness.Invoke("build", CliHarness.Seeds, "--out", ""), "--out");
        AssertUsageError(CliHarness.Invoke("extract", CliHarness.Seeds, "--out", " "), "--out");
    }

    [TestCase("--frobnicate")]
    [TestCase("--no-sv")]
    [TestCase("-x")]
    public void AnUnknownOptionIsRejectedNotReadAsAPath(string option)
    {
        using var tmp = new TempDir();
        var r = CliHarness.Build([CliHarness.Seeds, option], tmp.File("out"));
        AssertUsageError(r, $"unknown option '{option}'");
        Assert.That(Directory.Exists(tmp.File("out")), Is.False, "nothing may be written");
    }

    [Test]
    public void AMistypedOptionIsAnsweredWithTheNearestRealOne()
    {
        using var tmp = new TempDir();
        var r = CliHarness.Build([CliHarness.Seeds], tmp.File("out"), "--no-sv");
        AssertUsageError(r, "did you mean '--no-svg'");
    }

    [Test]
    public void APathThatStartsWithADashIsReadAfterTwoDashes()
    {
        using var tmp = new TempDir();
        string folder = Directory.CreateDirectory(tmp.File("in")).FullName;
        File.WriteAllText(Path.Combine(folder, "-dash.txt"), GoodText);
        var r = CliHarness.Invoke("build", "--out", tmp.File("out"), "--no-svg", "-q", "--", Path.Combine(folder, "-dash.txt"));
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
    }

    [Test]
    public void AMissingInputBesideAGoodOneIsAUsageError()
    {
        using var tmp = new TempDir();
        var r = CliHarness.Build([CliHarness.Seeds, tmp.File("no-such-folder")], tmp.File("out"));
        AssertUsageError(r, "no-such-folder");
        Assert.That(r.StdErr, Does.Contain("--skip-missing"));
        Assert.That(Directory.Exists(tmp.File("out")), Is.False);
    }

    [Test]
    public void SkipMissingBuildsWithoutTheMissingInputAndWarns()
    {
        using var tmp = new TempDir();
        var r = CliHarness.Build([CliHarness.Seeds, tmp.File("no-such-folder")], tmp.File("out"), "--skip-missing", "--no-svg", "-q");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
        Assert.That(r.StdErr, Does.Contain("no-such-folder").And.Contain("warning"), r.ToString());
        CliHarness.AssertValidOutputs(tmp.File("out"));
    }

    [Test]
    public void ExtractRejectsAMissingInputToo()
    {
        using var tmp = new TempDir();
        AssertUsageError(CliHarness.Invoke("extract", tmp.File("nope"), "--out", tmp.File("x.partial.jsonl")), "nope");
    }

    [TestCase("-3")]
    [TestCase("0")]
    [TestCase("many")]
    public void ThreadsMustBeAPositiveWholeNumber(string threads)
    {
        using var tmp = new TempDir();
        AssertUsageError(CliHarness.Build([CliHarness.Seeds], tmp.File("out"), "--threads", threads), "--threads");
    }

    [Test]
    public void OneThreadIsAccepted()
    {
        using var tmp = new TempDir();
        var r = CliHarness.Build([CliHarness.Seeds], tmp.File("out"), "--threads", "1", "--no-svg", "-q");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
    }

    [Test]
    public void UsageErrorsAndNothingToBuildHaveDifferentExitCodes()
    {
        using var tmp = new TempDir();
        string empty = tmp.File("empty.txt");
        File.WriteAllBytes(empty, []);
        Assert.That(CliHarness.Build([empty], tmp.File("out")).ExitCode, Is.EqualTo(ExitCodes.NothingToBuild));
        Assert.That(CliHarness.Invoke("build", empty).ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(ExitCodes.UsageError, Is.Not.EqualTo(ExitCodes.NothingToBuild));
    }

    [Test]
    public void NoCommandOrAnUnknownCommandIsAUsageError()
    {
        AssertUsageError(CliHarness.Invoke(), "command");
        AssertUsageError(CliHarness.Invoke("bulid"), "bulid");
    }

    [Test]
    public void HelpAsACommandShowsTheHelpOfTheProgramAndOfACommand()
    {
        var all = CliHarness.Invoke("help");
        Assert.That(all.ExitCode, Is.Zero, all.ToString());
        Assert.That(all.StdOut, Does.Contain("build").And.Contain("extract").And.Contain("merge"));
        var build = CliHarness.Invoke("help", "build");
        Assert.That(build.ExitCode, Is.Zero, build.ToString());
        Assert.That(build.StdOut, Does.Contain("--threads").And.Contain("--skip-missing").And.Contain("--verbose"));
        AssertUsageError(CliHarness.Invoke("help", "frob"), "frob");
    }

    [Test]
    public void HelpCallsTheProgramCartograph()
    {
        var r = CliHarness.Invoke("build", "--help");
        Assert.That(r.StdOut, Does.Contain("cartograph build <input>...").And.Not.Contain("Cartograph.Cli"), r.ToString());
    }

    [Test]
    public void EveryExitCodeIsDocumentedInTheReadme()
    {
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var codes = typeof(ExitCodes).GetFields().Select(f => (int)f.GetValue(null)!).ToArray();
        Assert.That(codes, Is.EquivalentTo(new[] { 0, 1, 2, 3, 4, 130, 143 }));
        foreach (var code in codes)
            Assert.That(readme, Does.Match($@"(?m)^\| *({code}|\d+ / {code}|{code} / \d+) *\|"), $"exit code {code} is not in the README's table");
    }
}
