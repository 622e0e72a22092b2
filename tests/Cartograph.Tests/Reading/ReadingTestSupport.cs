using NUnit.Framework;
using System.Text;
using Cartograph.Reading;

namespace Cartograph.Tests.Reading;

internal static class ReadingTestSupport
{
    public static readonly DocumentReader Reader = new();

    public static Document ReadText(string text, string id = "doc")
    {
        var result = Reader.Read(Encoding.UTF8.GetBytes(text), id + ".txt", id);
        Assert.That(result.Problem, Is.Null, result.ToString());
        return result.Document!;
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "graph.sln")))
            dir = dir.Parent;
        Assert.That(dir, Is.Not.Null, "graph.sln not found above the test directory");
        return dir!.FullName;
    }

    public static string TextOf(Document doc, DocumentLine line) => doc.Text.Substring(line.Start, line.Length);
    public static string SaidOn(Document doc, DocumentLine line) => doc.LineContent(line).ToString().Trim();
}

/// <summary>A temporary folder deleted on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cartograph-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
