using NUnit.Framework;
using Cartograph.Writing;

namespace Cartograph.Tests.Writing;

[TestFixture]
public sealed class DeterminismTests
{
    [Test]
    public void SameGraphInAnotherInsertionOrderGivesByteIdenticalFiles()
    {
        using var a = new TempDir();
        using var b = new TempDir();
        var options = new GraphWriteOptions(RenderSvg: false);
        GraphWriters.WriteAll(TestGraphs.Nasty(reversed: false), TestGraphs.Meta, a.Path, options);
        GraphWriters.WriteAll(TestGraphs.Nasty(reversed: true), TestGraphs.Meta, b.Path, options);
        foreach (var name in new[] { GraphWriters.GraphMlFile, GraphWriters.DotFile, GraphWriters.JsonFile })
        {
            Assert.That(File.ReadAllBytes(b.File(name)), Is.EqualTo(File.ReadAllBytes(a.File(name))), name);
        }
    }

    [Test]
    public void WritingTwiceGivesByteIdenticalFiles()
    {
        using var a = new TempDir();
        var options = new GraphWriteOptions(RenderSvg: false);
        GraphWriters.WriteAll(TestGraphs.Tiny(), TestGraphs.Meta, a.Path, options);
        byte[] first = File.ReadAllBytes(a.File(GraphWriters.GraphMlFile));
        GraphWriters.WriteAll(TestGraphs.Tiny(), TestGraphs.Meta, a.Path, options);
        Assert.That(File.ReadAllBytes(a.File(GraphWriters.GraphMlFile)), Is.EqualTo(first));
    }
}
