using System.Reflection;

namespace Cartograph.Writing;

/// <summary>
/// Graph-level attributes written into every output. Deliberately has no timestamp or path:
/// the same input must give byte-identical files.
/// </summary>
/// <param name="PartialDigest">The digest of the graph.partial.jsonl written with the graph (its end record), which
/// graph.json records so <c>build --update</c> can prove the two belong together; null when there is none.</param>
public sealed record GraphMetadata(string Name, int DocumentCount, string Generator, string GeneratorVersion, string? PartialDigest = null)
{
    /// <summary>Metadata naming this build of Cartograph as the generator.</summary>
    public static GraphMetadata ForCartograph(int documentCount, string name = "cartograph")
    {
        var asm = typeof(GraphMetadata).Assembly;
        string version = asm.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? asm.GetName().Version?.ToString() ?? "0.0.0";
        // the SDK appends "+<commit>" to the informational version; drop it so outputs do not change per commit
        int plus = version.IndexOf('+');
        if (plus >= 0) version = version[..plus];
        return new GraphMetadata(name, documentCount, "Cartograph", version);
    }
}
