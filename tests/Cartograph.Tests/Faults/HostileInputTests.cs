using System.Text;
using Cartograph.Cli;
using Cartograph.Tests.Cli;
using Cartograph.Tests.Writing;
using Cartograph.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Faults;

/// <summary>
/// Inputs that are not plain text files, or whose names or bytes are hostile: each is skipped by name with what is
/// wrong with it (or read, when it can be), never hangs the build, and the good document beside it is always built.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class HostileInputTests
{
    private static CliHarness.Outcome BuildFolder(TempDir dir, out string outDir)
    {
        outDir = dir.File("out");
        return CliProcess.Run(["build", dir.File("in"), "--out", outDir, "--no-svg"]);
    }

    private static void AssertGoodBuilt(CliHarness.Outcome r, string outDir, int documents = 1)
    {
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
        OutputSetCheck.AssertWhole(outDir, documents);
        Assert.That(File.ReadAllText(Path.Combine(outDir, GraphWriters.JsonFile)), Does.Contain("PolyGlide"), "the good document was not built");
    }

    [Test]
    public void APipeNamedTxtInAFolderOrNamedOnTheCommandLineIsSkippedByNameAndNeverWaitedOn()
    {
        using var dir = new TempDir();
        FaultFiles.WriteGood(dir.File("in"));
        FaultFiles.MakeFifo(dir.File("in/pipe.txt"));
        FaultFiles.MakeFifo(dir.File("named.md"));
        string outDir = dir.File("out");
        var r = CliProcess.Run(["build", dir.File("in"), dir.File("named.md"), "--out", outDir, "--no-svg"]);
        Assert.That(r.StdErr, Does.Contain(dir.File("in/pipe.txt") + ": not a regular file (a named pipe); skipped"), r.ToString());
        Assert.That(r.StdErr, Does.Contain(dir.File("named.md") + ": not a regular file (a named pipe); skipped"), r.ToString());
        AssertGoodBuilt(r, outDir);
    }

    [TestCase("/dev/zero")]
    [TestCase("/dev/urandom")]
    public void ADeviceBehindATxtLinkIsCalledADeviceNotAnEmptyFile(string device)
    {
        using var dir = new TempDir();
        FaultFiles.WriteGood(dir.File("in"));
        FaultFiles.Symlink(dir.File("in/device.txt"), device);
        var r = BuildFolder(dir, out var outDir);
        Assert.That(r.StdErr, Does.Contain(dir.File("in/device.txt") + ": not a regular file (a character device); skipped"), r.ToString());
        Assert.That(r.StdErr, Does.Not.Contain("empty file"), r.ToString());
        AssertGoodBuilt(r, outDir);
    }

    [Test]
    public void ALoopOfSymbolicLinksIsNamedAsOne()
    {
        using var dir = new TempDir();
        FaultFiles.WriteGood(dir.File("in"));
        FaultFiles.Symlink(dir.File("in/a.txt"), "b.txt");
        FaultFiles.Symlink(dir.File("in/b.txt"), "a.txt");
        var r = BuildFolder(dir, out var outDir);
        Assert.That(r.StdErr, Does.Contain(dir.File("in/a.txt") + ": a loop of symbolic links").And.Contain(dir.File("in/b.txt") + ": a loop of symbolic links"), r.ToString());
        AssertGoodBuilt(r, outDir);
    }

    [Test]
    public void AFileNobodyMayReadIsReportedByNameEvenWhenTheTestsRunAsRoot()
    {
        using var dir = new TempDir();
        FaultFiles.WriteGood(dir.File("in"));
        FaultFiles.UnreadableLink(dir.File("in/locked.txt"));
        var r = BuildFolder(dir, out var outDir);
        Assert.That(r.StdErr, Does.Contain(dir.File("in/locked.txt") + ": unreadable file"), r.ToString());
        AssertGoodBuilt(r, outDir);
    }

    [Test]
    public void FilesAndFoldersWhoseNamesAreNotUtf8AreReadAndShownWithTheirBytes()
    {
        using var dir = new TempDir();
        string input = dir.File("in");
        FaultFiles.WriteGood(input);
        var seeds = CliHarness.SeedFiles();
        FaultFiles.RawName(input, [.. "caf"u8, 0xE9, .. ".txt"u8], File.ReadAllText(seeds[0]));
        FaultFiles.RawName(input, [.. "dir"u8, 0xFF]);
        FaultFiles.RawName(input, [.. "dir"u8, 0xFF, .. "/inside.txt"u8], File.ReadAllText(seeds[1]));
        var r = BuildFolder(dir, out var outDir);
        Assert.That(r.StdOut, Does.Contain("Read 3 of 3 documents"), r.ToString());
        var facts = OutputSetCheck.AssertWhole(outDir, 3, consumers: true);
        Assert.That(facts.DocumentIds, Is.EquivalentTo(new[] { "in/caf\\xE9", "in/good", "dir\\xFF/inside" }), "ids show the bytes that are not UTF-8 as \\xNN");
    }

    [Test]
    public void AFileWhoseNameIsNotUtf8IsReadWhenNamedOnTheCommandLine()
    {
        using var dir = new TempDir();
        FaultFiles.RawName(dir.Path, [.. "caf"u8, 0xE9, .. ".txt"u8], FaultFiles.GoodText);
        string outDir = dir.File("out");
        // .NET cannot pass such an argument itself: the shell's printf makes the byte
        FaultFiles.Run("/bin/sh", "-c", $"exec dotnet '{CliHarness.CliDll}' build \"$(printf '{dir.Path}/caf\\351.txt')\" --out '{outDir}' --no-svg --quiet");
        var facts = OutputSetCheck.AssertWhole(outDir, 1);
        Assert.That(facts.DocumentIds, Is.EqualTo(new[] { Path.GetFileName(dir.Path) + "/caf\\xE9" }));
    }

    [Test]
    public void Utf32WithAByteOrderMarkIsDecoded([Values(false, true)] bool bigEndian)
    {
        using var dir = new TempDir();
        string input = dir.File("in");
        Directory.CreateDirectory(input);
        var encoding = new UTF32Encoding(bigEndian, byteOrderMark: true);
        File.WriteAllBytes(Path.Combine(input, "wide.txt"), [.. encoding.GetPreamble(), .. encoding.GetBytes(FaultFiles.GoodText)]);
        var r = CliHarness.Build([input], dir.File("out"), "--no-svg");
        AssertGoodBuilt(r, dir.File("out"));
    }

    [Test]
    public void ADoubledBackslashStaysDoubledInItsQuote()
    {
        using var dir = new TempDir();
        string input = dir.File("in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "paths.txt"), "Ana: PolyGlide uses diffusion transformers (weights in C:\\\\models\\\\pg) for video generation.\n");
        var r = CliHarness.Build([input], dir.File("out"), "--no-svg");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        var quotes = CliHarness.ReadJson(dir.File("out")).GetProperty("nodes").EnumerateArray()
            .SelectMany(n => n.GetProperty("evidence").EnumerateArray()).Select(e => e.GetProperty("quote").GetString()).ToList();
        Assert.That(quotes, Has.Some.Contains("C:\\\\models\\\\pg"), "the quote is not the text as written");
        Assert.That(quotes, Has.None.Contains(" \\models"), "a backslash became a space");
    }

    [Test]
    public void ADocumentNamedWithAPipeStaysOneDocumentInTheGraphMlList()
    {
        using var dir = new TempDir();
        string input = dir.File("in");
        FaultFiles.WriteGood(input, "a|b.txt");
        FaultFiles.WriteGood(input, "c\\d.txt");
        File.AppendAllText(Path.Combine(input, "c\\d.txt"), "Ana: Also PolyGlide again.\n");
        var r = CliHarness.Build([input], dir.File("out"), "--no-svg");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        OutputSetCheck.AssertWhole(dir.File("out"), 2, consumers: true);
        string graphml = File.ReadAllText(dir.File("out/graph.graphml"));
        Assert.That(graphml, Does.Contain("<data key=\"documents\">in/a\\|b|in/c\\\\d</data>"), "the list must escape '|' and '\\' inside a name");
        ExternalProcess.RunClean("/usr/bin/python3", Path.Combine(RepoPaths.Consumers, "check_graphml.py"), dir.File("out/graph.graphml"), dir.File("out/graph.json"));
    }
}
