using NUnit.Framework;
using Cartograph.Writing;

namespace Cartograph.Tests.Writing;

/// <summary>
/// Exact output of the tiny graph in every format. After an intended change, regenerate with
/// <c>UPDATE_GOLDEN=1 dotnet test tests/Cartograph.Tests --filter FullyQualifiedName~Golden</c> and review the diff.
/// </summary>
[TestFixture]
public sealed class GoldenFileTests
{
    private static bool Update => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    [TestCase("tiny.graphml")]
    [TestCase("tiny.dot")]
    [TestCase("tiny.json")]
    public void MatchesGoldenFile(string name)
    {
        using var dir = new TempDir();
        string path = dir.File(name);
        Action<Stream> write = Path.GetExtension(name) switch
        {
            ".graphml" => s => GraphMlWriter.Write(TestGraphs.Tiny(), TestGraphs.Meta, s),
            ".dot" => s => DotWriter.Write(TestGraphs.Tiny(), TestGraphs.Meta, s),
            _ => s => JsonGraphWriter.Write(TestGraphs.Tiny(), TestGraphs.Meta, s),
        };
        AtomicFile.Write(path, write);
        byte[] actual = File.ReadAllBytes(path);

        string golden = Path.Combine(RepoPaths.GoldenSource, name);
        if (Update)
        {
            File.WriteAllBytes(golden, actual);
            Assert.Pass($"updated {golden}");
        }
        Assert.That(File.Exists(golden), $"{golden} missing; run with UPDATE_GOLDEN=1 to create it");
        Assert.That(System.Text.Encoding.UTF8.GetString(actual), Is.EqualTo(File.ReadAllText(golden)), $"{name} differs from the golden file (UPDATE_GOLDEN=1 to accept)");
        Assert.That(actual, Is.EqualTo(File.ReadAllBytes(golden)));
    }
}
