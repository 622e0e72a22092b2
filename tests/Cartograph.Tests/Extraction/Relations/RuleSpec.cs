using Cartograph.Extraction;
using Cartograph.Graph;
using NUnit.Framework;

namespace Cartograph.Tests.Extraction.Relations;

/// <summary>
/// What one relation rule reads from a snippet: the relations of its extraction that carry the rule's flag, as
/// "Source -relation-> Target" (labels). Every spec first requires the snippet's names to be found, so no spec
/// passes on an empty extraction.
/// </summary>
internal static class RuleSpec
{
    public static DocumentExtraction Extract(string text, params string[] names)
    {
        var x = ExtractionHarness.Extract(text);
        foreach (var name in names)
            Assert.That(x.Entities.Select(e => e.Label), Does.Contain(name), $"the snippet names {name}");
        return x;
    }

    public static IReadOnlyList<string> By(this DocumentExtraction x, RelationOrigin rule) =>
        [.. x.Relations.Where(r => (r.Origin & rule) != 0)
            .Select(r => $"{x.Entities[r.Source].Label} -{r.Relation.Name()}-> {x.Entities[r.Target].Label}").Distinct()];

    public static IReadOnlyList<string> All(this DocumentExtraction x) => x.By((RelationOrigin)ushort.MaxValue);
}
