using NUnit.Framework;
namespace Cartograph.Tests.Writing;

/// <summary>A fresh folder under the system temp dir, deleted on dispose unless CARTOGRAPH_KEEP_TEST_OUTPUT=1 (for debugging).</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cartograph-tests-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("CARTOGRAPH_KEEP_TEST_OUTPUT") == "1") return;
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
