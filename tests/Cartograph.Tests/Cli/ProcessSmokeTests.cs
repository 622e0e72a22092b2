using Cartograph.Cli;
using Cartograph.Tests.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Cli;

/// <summary>A few runs of the real executable: what a user sees at the shell.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ProcessSmokeTests
{
    private static ExternalProcess.Result Cli(params string[] args)
    {
        var (fileName, prefix) = CliHarness.CliCommand;
        string program = prefix.Length > 0 ? prefix[0] : fileName;
        Assert.That(File.Exists(program), Is.True, $"{program} not built");
        return ExternalProcess.Run(fileName, [.. prefix, .. args], TimeSpan.FromSeconds(120));
    }

    [Test]
    public void HelpExitsZeroAndPrintsUsageWithTheBuildCommand()
    {
        var r = Cli("--help");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        Assert.That(r.StdOut, Does.Contain("Usage:").And.Contain("build"), r.ToString());
    }

    [Test]
    public void BuildHelpListsItsOptions()
    {
        var r = Cli("build", "--help");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        Assert.That(r.StdOut, Does.Contain("--out").And.Contain("--threads").And.Contain("--no-svg").And.Contain("--quiet"), r.ToString());
    }

    [Test]
    public void VersionExitsZeroAndPrintsAVersion()
    {
        var r = Cli("--version");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        Assert.That(r.StdOut.Trim(), Does.Match(@"^\d+\.\d+\.\d+"), r.ToString());
    }

    [Test]
    public void AllInputsBadExitsNothingToBuildFromTheShell()
    {
        using var dir = new TempDir();
        string empty = dir.File("empty.txt");
        File.WriteAllBytes(empty, []);
        var r = Cli("build", empty, "--out", dir.File("out"));
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.NothingToBuild), r.ToString());
        Assert.That(r.StdErr, Does.Contain(empty), r.ToString());
    }

    [Test]
    public void MissingOutOptionIsAUsageErrorWithNonZeroExit()
    {
        var r = Cli("build", CliHarness.Seeds);
        Assert.That(r.ExitCode, Is.Not.Zero, r.ToString());
        Assert.That(r.StdErr, Does.Contain("--out"), r.ToString());
    }
}
