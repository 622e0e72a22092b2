using System.Text.RegularExpressions;
using System.Xml.Linq;
using Cartograph.Tests.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Repository;

/// <summary>A fresh clone, with nothing beside it, has everything its tests read.</summary>
[TestFixture]
public sealed class SelfContainedTests
{
    [Test]
    public void TheGraphMlSchemaTheTestsValidateAgainstIsShippedInTheRepository()
    {
        string xsd = RepoPaths.GraphMlXsd;
        Assert.That(xsd, Does.StartWith(RepoPaths.Root + Path.DirectorySeparatorChar), "the XSD must come from the repository");
        Assert.That(File.Exists(xsd), Is.True, xsd);
    }

    [Test]
    public void EverySchemaTheGraphMlSchemaIncludesIsLocalAndPresent()
    {
        string folder = Path.GetDirectoryName(RepoPaths.GraphMlXsd)!;
        var locations = Directory.GetFiles(folder, "*.xsd")
            .SelectMany(f => XDocument.Load(f).Descendants().Attributes("schemaLocation").Select(a => a.Value))
            .ToArray();
        Assert.That(locations, Is.Not.Empty);
        foreach (var location in locations)
        {
            Assert.That(location, Does.Not.Contain("://"), "xmllint must not need the network");
            Assert.That(File.Exists(Path.Combine(folder, location)), Is.True, location);
        }
    }

    [Test]
    public void TheGraphMlSchemaIsCreditedInNotice()
    {
        string notice = File.ReadAllText(Path.Combine(RepoPaths.Root, "NOTICE"));
        Assert.That(notice, Does.Contain("schemas/graphml/").And.Contain("graphml.graphdrawing.org"));
    }

    [Test]
    public void NoTestReadsFromASharedFolderBesideTheRepositoryUnlessItSkipsWithoutIt()
    {
        var offenders = Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => Regex.IsMatch(File.ReadAllText(f), "\"\\.\\.\", \"shared\"|\\.\\./shared"))
            // a test that scores against ../shared may read it, if it says it skipped when it is not there
            .Where(f => !File.ReadAllText(f).Contains("Assert.Ignore($\"skipped:", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
            .Where(f => !f.EndsWith(nameof(SelfContainedTests) + ".cs", StringComparison.Ordinal))
            .ToArray();
        Assert.That(offenders, Is.Empty);
    }
}

/// <summary>The README holds the current quality scores, so a clone without ../shared still has them.</summary>
[TestFixture]
public sealed class ReadmeQualityTests
{
    [Test]
    public void TheQualitySectionGivesTheCommittedScoresOfEveryDevelopmentSet()
    {
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        int start = readme.IndexOf("## Quality", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "no Quality section");
        int end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        string section = readme[start..end];
        using var committed = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests", "Cartograph.Tests", "Quality", "committed-scores.json")));
        foreach (var (set, key) in new[] { ("seeds", "seeds"), ("podcasts", "dev2/podcasts"), ("newsletters", "dev2/newsletters"), ("abstracts", "dev2/abstracts") })
        {
            var scores = committed.RootElement.GetProperty("sets").GetProperty(key);
            string entity = scores.GetProperty("entity").GetDouble().ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
            string relation = scores.GetProperty("relation").GetDouble().ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(section, Does.Match($@"\|[^\n]*{set}[^\n]*\| *\d+ *\| *{Regex.Escape(entity)} *\| *{Regex.Escape(relation)} *\|"),
                $"the README's {set} row must give the committed scores {entity} / {relation}");
        }
    }
}
