using System.Text.RegularExpressions;
using Cartograph.Graph;
using NUnit.Framework;

namespace Cartograph.Tests.Extraction;

/// <summary>
/// One spec file per extraction rule (<c>Extraction/Specs/*.spec</c>): the rule's name and why it exists, a snippet,
/// then what the snippet must and must not yield. A line is a node (<c>technique: data augmentation</c>) or an edge
/// (<c>organization: Cohere -uses_technique-> technique: data augmentation</c>); names are labels or aliases. An edge
/// may end with the rules that must have made it (<c>... [release-verb]</c>, see <see cref="RelationOrigin"/>): under
/// "must" the edge carries them, under "must not" no edge carries them. Every "must not" sits beside a "must", so no
/// spec passes on an empty extraction.
/// </summary>
public sealed partial class SpecFileTests
{
    private static string SpecDirectory => Path.Combine(AppContext.BaseDirectory, "Extraction", "Specs");

    public static IEnumerable<TestCaseData> Specs() =>
        Directory.EnumerateFiles(SpecDirectory, "*.spec")
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(Path.GetFileName(path)).SetName(Path.GetFileNameWithoutExtension(path)));

    [TestCaseSource(nameof(Specs))]
    public void Spec(string file)
    {
        var spec = SpecFile.Parse(File.ReadAllText(Path.Combine(SpecDirectory, file)));
        Assert.That(spec.Must, Is.Not.Empty, $"{file}: a spec needs at least one 'must' line");
        var g = ExtractionHarness.Graph(spec.Input);
        Assert.Multiple(() =>
        {
            foreach (var line in spec.Must) Assert.That(Holds(g, line), Is.True, $"{file}: must yield {line}\n{g.Describe()}");
            foreach (var line in spec.MustNot) Assert.That(Holds(g, line), Is.False, $"{file}: must not yield {line}\n{g.Describe()}");
        });
    }

    private static bool Holds(KnowledgeGraph g, string line)
    {
        var edge = EdgeLine().Match(line);
        if (edge.Success)
        {
            Assert.That(RelationNames.TryParse(edge.Groups["relation"].Value, out var relation), Is.True, $"unknown relation in '{line}'");
            var found = g.FindEdge(relation, Type(edge.Groups["stype"].Value), edge.Groups["source"].Value.Trim(),
                Type(edge.Groups["ttype"].Value), edge.Groups["target"].Value.Trim());
            return found is not null && (found.Rules & Rules(edge.Groups["rules"].Value)) == Rules(edge.Groups["rules"].Value);
        }
        var node = NodeLine().Match(line);
        Assert.That(node.Success, Is.True, $"cannot read spec line '{line}'");
        return g.Find(Type(node.Groups["type"].Value), node.Groups["name"].Value.Trim()) is not null;
    }

    /// <summary>The rules named in brackets after an edge ("maker-cue, release-verb"); none when there are no brackets.</summary>
    private static RelationOrigin Rules(string names)
    {
        var rules = RelationOrigin.Unrecorded;
        foreach (var name in names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.That(RelationOrigins.TryParse(name, out var rule), Is.True, $"unknown rule '{name}'");
            rules |= rule;
        }
        return rules;
    }

    private static EntityType Type(string name)
    {
        Assert.That(EntityTypeNames.TryParse(name, out var type), Is.True, $"unknown entity type '{name}'");
        return type;
    }

    [GeneratedRegex(@"^(?<stype>\w+):\s*(?<source>.+?)\s+-(?<relation>\w+)->\s+(?<ttype>\w+):\s*(?<target>.+?)(?:\s+\[(?<rules>[a-z, -]+)\])?$")]
    private static partial Regex EdgeLine();

    [GeneratedRegex(@"^(?<type>\w+):\s*(?<name>.+)$")]
    private static partial Regex NodeLine();

    /// <summary>A spec file: "# " comment lines, then sections opened by "== input", "== must", "== must not".</summary>
    private sealed record SpecFile(string Input, List<string> Must, List<string> MustNot)
    {
        public static SpecFile Parse(string text)
        {
            var input = new System.Text.StringBuilder();
            List<string> must = [], mustNot = [];
            string? section = null;
            foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
            {
                if (raw.StartsWith("== ", StringComparison.Ordinal)) { section = raw[3..].Trim(); continue; }
                if (section is null || (section != "input" && (raw.StartsWith('#') || raw.Trim().Length == 0))) continue;
                switch (section)
                {
                    case "input": input.Append(raw).Append('\n'); break;
                    case "must": must.Add(raw.Trim()); break;
                    case "must not": mustNot.Add(raw.Trim()); break;
                    default: Assert.Fail($"unknown spec section '{section}'"); break;
                }
            }
            return new SpecFile(input.ToString().Trim('\n') + "\n", must, mustNot);
        }
    }
}
