using NUnit.Framework;
using static Cartograph.Graph.RelationOrigin;

namespace Cartograph.Tests.Extraction.Relations;

/// <summary>maker-cue: "ByteDance's X", "X from ByteDance", "Researchers from Adobe introduce X".</summary>
[TestFixture]
public sealed class MakerCueRuleSpec
{
    [Test]
    public void APossessiveOrganizationMadeTheNameAfterIt()
    {
        var x = RuleSpec.Extract("ByteDance's OmniHuman turns one photo into a talking video.\n", "OmniHuman", "ByteDance");
        Assert.That(x.By(MakerCue), Is.EqualTo(new[] { "OmniHuman -developed_by-> ByteDance" }));
    }

    [Test]
    public void APossessiveAfterACommaDoesNotDescribeTheNameBeforeWhenItNamesItsOwnWork()
    {
        var x = RuleSpec.Extract("We compared OrbitVLA, Google's Gemini and GPT-4o on the same robot tasks.\n", "OrbitVLA", "Google", "Gemini");
        Assert.That(x.By(MakerCue), Is.EqualTo(new[] { "Gemini -developed_by-> Google" }));
    }
}
