using NUnit.Framework;
namespace Cartograph.Tests.Writing;

/// <summary>Locates files of the source tree (consumer scripts, schemas, golden files) from the test binary folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Consumers => Path.Combine(Root, "tests", "consumers");
    public static string JsonSchema => Path.Combine(Root, "schemas", "graph.schema.json");
    public static string GoldenSource => Path.Combine(Root, "tests", "Cartograph.Tests", "Golden");

    /// <summary>The GraphML 1.1 XSD (shipped in schemas/graphml/, wired for offline use); CARTOGRAPH_GRAPHML_XSD overrides it.</summary>
    public static string GraphMlXsd =>
        Environment.GetEnvironmentVariable("CARTOGRAPH_GRAPHML_XSD") is { Length: > 0 } p ? p
        : Path.Combine(Root, "schemas", "graphml", "graphml.xsd");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root (Directory.Packages.props) not found above the test folder");
    }
}
