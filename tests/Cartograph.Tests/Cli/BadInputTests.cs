using System.Text;
using Cartograph.Cli;
using Cartograph.Tests.Writing;
using Cartograph.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Cli;

/// <summary>
/// A bad input is reported on stderr with its file name, the other inputs are still built and the
/// outputs stay valid; with nothing readable the build fails and writes nothing.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class BadInputTests
{
    private const string GoodText =
        "Ana: Today we look at PolyGlide, a new video model from Meta.\n" +
        "Ben: PolyGlide uses diffusion transformers for video generation.\n";

    private static string WriteGood(TempDir dir, string name = "good.txt")
    {
        string path = dir.File(name);
        File.WriteAllText(path, GoodText);
        return path;
    }

    private static CliHarness.Outcome BuildWithGood(TempDir dir, string bad, out string outDir)
    {
        string good = WriteGood(dir);
        outDir = dir.File("out");
        return CliHarness.Build([bad, good], outDir, "--no-svg");
    }

    private static void AssertGoodStillBuilt(CliHarness.Outcome r, string outDir)
    {
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
        CliHarness.AssertValidOutputs(outDir);
        Assert.That(File.ReadAllText(Path.Combine(outDir, GraphWriters.JsonFile)), Does.Contain("PolyGlide"), "the good document was not built");
        Assert.That(r.StdOut, Does.Contain("Read 1 of 2 documents"));
    }

    [Test]
    public void EmptyFileIsReportedByNameAndTheRestIsBuilt()
    {
        using var dir = new TempDir();
        string bad = dir.File("empty.txt");
        File.WriteAllBytes(bad, []);
        var r = BuildWithGood(dir, bad, out var outDir);
        Assert.That(r.StdErr, Does.Contain(bad).And.Contain("empty"), r.ToString());
        AssertGoodStillBuilt(r, outDir);
    }

    [Test]
    public void BinaryFileIsReportedByNameAndTheRestIsBuilt()
    {
        using var dir = new TempDir();
        string bad = dir.File("image.txt");
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        bytes[100] = 0;
        File.WriteAllBytes(bad, bytes);
        var r = BuildWithGood(dir, bad, out var outDir);
        Assert.That(r.StdErr, Does.Contain(bad).And.Contain("binary"), r.ToString());
        AssertGoodStillBuilt(r, outDir);
    }

    [Test]
    public void FileOfOneFiftyMegabyteLineIsReportedByNameAndTheRestIsBuilt()
    {
        using var dir = new TempDir();
        string bad = dir.File("one-line.txt");
        using (var f = File.Create(bad))
        {
            var chunk = Encoding.ASCII.GetBytes(new string('a', 1 << 20));
            for (int i = 0; i < 50; i++) f.Write(chunk);
        }
        var r = BuildWithGood(dir, bad, out var outDir);
        Assert.That(r.StdErr, Does.Contain(bad).And.Contain("line"), r.ToString());
        AssertGoodStillBuilt(r, outDir);
    }

    [Test]
    public void MissingInputPathIsReportedByNameAndTheRestIsBuiltWithSkipMissing()
    {
        using var dir = new TempDir();
        string missing = dir.File("no-such-file.txt");
        string outDir = dir.File("out");
        var r = CliHarness.Build([missing, WriteGood(dir)], outDir, "--no-svg", "--skip-missing");
        Assert.That(r.StdErr, Does.Contain(missing).And.Contain("not found"), r.ToString());
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
        CliHarness.AssertValidOutputs(outDir);
        Assert.That(File.ReadAllText(Path.Combine(outDir, GraphWriters.JsonFile)), Does.Contain("PolyGlide"));
    }

    [Test]
    public void OutputFolderUnderARegularFileFailsWithOutputFailedNamingTheFolder()
    {
        using var dir = new TempDir();
        string good = WriteGood(dir);
        string blocker = dir.File("not-a-folder");
        File.WriteAllText(blocker, "x");
        string outDir = Path.Combine(blocker, "out");
        var r = CliHarness.Build([good], outDir, "--no-svg");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.OutputFailed), r.ToString());
        Assert.That(r.StdErr, Does.Contain(outDir), r.ToString());
        Assert.That(File.ReadAllText(blocker), Is.EqualTo("x"), "the blocking file was changed");
    }

    [TestCase("a<b.txt")]
    [TestCase("a&b.txt")]
    [TestCase("a\"b.txt")]
    [TestCase("a'b.txt")]
    [TestCase("a|b.txt")]
    [TestCase("a\\b.txt")]
    [TestCase("with space.txt")]
    [TestCase("all <&\"'\\| of them.txt")]
    [TestCase("tab\there.txt")]
    [TestCase("ctrl\u0001\u001b[31mred.txt")]
    public void FileNamesWithMarkupAndControlCharactersAreBuiltAndOutputsStayValid(string name)
    {
        using var dir = new TempDir();
        string path = dir.File(name);
        try
        {
            File.WriteAllText(path, GoodText);
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
        {
            Assert.Inconclusive($"the filesystem does not allow the name {name}: {ex.Message}");
        }
        string outDir = dir.File("out");
        var r = CliHarness.Build([path], outDir, "--no-svg");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
        CliHarness.AssertValidOutputs(outDir);
        Assert.That(File.ReadAllText(Path.Combine(outDir, GraphWriters.JsonFile)), Does.Contain("PolyGlide"));
    }

    [Test]
    public void BadFileWithAWeirdNameIsReportedWithThatName()
    {
        using var dir = new TempDir();
        string bad = dir.File("empty <&\"'| file.txt");
        File.WriteAllBytes(bad, []);
        var r = BuildWithGood(dir, bad, out var outDir);
        Assert.That(r.StdErr, Does.Contain(bad), r.ToString());
        AssertGoodStillBuilt(r, outDir);
    }

    [Test]
    public void ContentWithMarkupCharactersInNamesAndQuotesGivesValidOutputs()
    {
        using var dir = new TempDir();
        const string weird = "We benchmarked Q<&\"'|>Net against R&D-Bench, and \"Zap|Lab's\" <tool> on 'edge' & cloud.";
        string path = dir.File("weird-content.md");
        File.WriteAllText(path, "# Digest <&\"'|>\n\n" + weird + "\n\nNext up is Fo<o>&Bar|Baz, from \"Acme & Sons\".\n");
        string outDir = dir.File("out");
        var r = CliHarness.Build([path, WriteGood(dir)], outDir);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
        CliHarness.AssertValidOutputs(outDir);
        var json = CliHarness.ReadJson(outDir);
        var quotes = json.GetProperty("nodes").EnumerateArray()
            .SelectMany(n => n.GetProperty("evidence").EnumerateArray())
            .Select(e => e.GetProperty("quote").GetString())
            .ToList();
        Assert.That(quotes, Has.Some.Contains("<&\"'|>"), "a quote with markup characters did not survive the JSON round trip");
        if (CliHarness.DotInstalled)
            Assert.That(File.Exists(Path.Combine(outDir, GraphWriters.SvgFile)), Is.True, "Graphviz did not render the DOT: " + r);
    }

    [Test]
    public void AllInputsBadExitsNothingToBuildAndWritesNoOutputs()
    {
        using var dir = new TempDir();
        string empty = dir.File("empty.txt");
        File.WriteAllBytes(empty, []);
        string binary = dir.File("binary.md");
        File.WriteAllBytes(binary, [0x50, 0x4b, 0, 0, 1, 2, 0, 0xff]);
        string missing = dir.File("missing.txt");
        string outDir = dir.File("out");
        var r = CliHarness.Build([empty, binary, missing], outDir, "--skip-missing");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.NothingToBuild), r.ToString());
        Assert.That(r.StdErr, Does.Contain(empty).And.Contain(binary).And.Contain(missing), r.ToString());
        Assert.That(r.StdErr, Does.Contain("nothing to build"), r.ToString());
        Assert.That(Directory.Exists(outDir), Is.False, "the output folder was created for nothing");
    }

    [Test]
    public void SeveralBadFilesInOneFolderAreAllNamedAndTheGoodOneIsStillBuilt()
    {
        using var dir = new TempDir();
        string corpus = Directory.CreateDirectory(dir.File("in")).FullName;
        File.Copy(CliHarness.SeedFiles()[0], Path.Combine(corpus, "good.txt"));
        File.WriteAllBytes(Path.Combine(corpus, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(corpus, "binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 0, 0]);
        File.WriteAllText(Path.Combine(corpus, "odd <&\"'| name.txt"), "Ann: We've got Zeta<&>Net from \"Lab\\|\" today.\n");
        string missing = dir.File("no-such-folder");
        var r = CliHarness.Build([corpus, missing], dir.File("out"), "--no-svg", "--skip-missing", "--verbose");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
        Assert.That(r.StdErr, Does.Contain("empty.txt").And.Contain("binary.txt").And.Contain("no-such-folder"));
        Assert.That(File.ReadAllText(Path.Combine(dir.File("out"), GraphWriters.JsonFile)), Does.Contain("\"paper:talkverse\""),
            "the good document's results are kept");
    }

    [Test]
    public void AFolderWithNoDocumentsExitsNothingToBuild()
    {
        using var dir = new TempDir();
        string folder = dir.File("nothing");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.pdf"), "not a text document");
        string outDir = dir.File("out");
        var r = CliHarness.Build([folder], outDir);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.NothingToBuild), r.ToString());
        Assert.That(r.StdErr, Does.Contain("nothing to build"), r.ToString());
        Assert.That(Directory.Exists(outDir), Is.False);
    }
}
