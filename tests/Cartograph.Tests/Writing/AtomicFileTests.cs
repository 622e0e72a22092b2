using NUnit.Framework;
using System.Text;
using Cartograph.Writing;

namespace Cartograph.Tests.Writing;

[TestFixture]
public sealed class AtomicFileTests
{
    [Test]
    public void WritesTheContent()
    {
        using var dir = new TempDir();
        string path = dir.File("out.txt");
        AtomicFile.Write(path, s => s.Write("hello"u8));
        Assert.That(File.ReadAllText(path), Is.EqualTo("hello"));
        Assert.That(Directory.GetFiles(dir.Path), Has.Length.EqualTo(1));
    }

    [Test]
    public void AFailureMidWriteKeepsTheOldFileAndRemovesTheTempFile()
    {
        using var dir = new TempDir();
        string path = dir.File("graph.json");
        File.WriteAllText(path, "good");
        var ex = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            s.Write(Encoding.UTF8.GetBytes("half-writ"));
            throw new InvalidOperationException("crash");
        }));
        Assert.That(ex!.Message, Is.EqualTo("crash"));
        Assert.That(File.ReadAllText(path), Is.EqualTo("good"));
        Assert.That(Directory.GetFiles(dir.Path), Is.EqualTo(new[] { path }), "temp file left behind");
    }

    [Test]
    public void ReplacesAnExistingFile()
    {
        using var dir = new TempDir();
        string path = dir.File("a.txt");
        File.WriteAllText(path, "old content that is longer");
        AtomicFile.Write(path, s => s.Write("new"u8));
        Assert.That(File.ReadAllText(path), Is.EqualTo("new"));
    }
}
