using NUnit.Framework;
using Cartograph.Writing;

namespace Cartograph.Tests.Writing;

[TestFixture]
public sealed class GraphWritersTests
{
    [Test]
    public void CreatesAMissingOutputFolder()
    {
        using var dir = new TempDir();
        string outDir = Path.Combine(dir.Path, "a", "b");
        var result = GraphWriters.WriteAll(TestGraphs.Tiny(), TestGraphs.Meta, outDir, new GraphWriteOptions(RenderSvg: false));
        Assert.That(result.Files, Has.Count.EqualTo(4));
        Assert.That(result.Files.All(File.Exists));
    }

    [Test]
    public void AnOutputFolderThatIsAFileFailsWithAMessageNamingIt()
    {
        using var dir = new TempDir();
        string blocker = dir.File("not-a-folder");
        File.WriteAllText(blocker, "x");
        var ex = Assert.Throws<OutputFailedException>(() => GraphWriters.WriteAll(TestGraphs.Tiny(), TestGraphs.Meta, blocker));
        Assert.That(ex!.Message, Does.Contain(blocker));
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void AReadOnlyOutputFolderFailsWithAMessageNamingIt()
    {
        if (Environment.UserName == "root") Assert.Ignore("root ignores directory permissions; covered by the file-in-the-way test");
        using var dir = new TempDir();
        string ro = Path.Combine(dir.Path, "ro");
        Directory.CreateDirectory(ro);
        File.SetUnixFileMode(ro, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var ex = Assert.Throws<IOException>(() => GraphWriters.WriteAll(TestGraphs.Tiny(), TestGraphs.Meta, ro));
            Assert.That(ex!.Message, Does.Contain(ro));
        }
        finally
        {
            File.SetUnixFileMode(ro, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Test]
    public void SvgTooSlowIsAWarningNotAFailure()
    {
        ExternalProcess.RequireOnPath("dot");
        using var dir = new TempDir();
        var result = GraphWriters.WriteAll(TestGraphs.Tiny(), TestGraphs.Meta, dir.Path, new GraphWriteOptions(SvgTimeout: TimeSpan.FromMilliseconds(1)));
        Assert.That(result.Files, Has.Count.EqualTo(4));
        Assert.That(result.Warnings, Has.Count.EqualTo(1));
        Assert.That(result.Warnings[0], Does.Contain("graph.svg skipped"));
    }
}
