using NUnit.Framework;
using static Cartograph.Graph.RelationOrigin;

namespace Cartograph.Tests.Extraction.Relations;

/// <summary>maker-named-beside: the lexicon's maker of a product, named by the text within a few sentences of it.</summary>
[TestFixture]
public sealed class MakerNamedBesideRuleSpec
{
    [Test]
    public void TheLexiconsMakerNamedASentenceAwayMadeTheProduct()
    {
        var x = RuleSpec.Extract("NVIDIA announced its new data center GPU this week. The A100 ships next month.\n", "NVIDIA", "A100");
        Assert.That(x.By(MakerNamedBeside), Is.EqualTo(new[] { "A100 -developed_by-> NVIDIA" }));
    }

    [Test]
    public void AMakerTheTextDoesNotNameIsNoEdge()
    {
        var x = RuleSpec.Extract("The A100 ships next month.\n", "A100");
        Assert.That(x.By(MakerNamedBeside), Is.Empty);
        Assert.That(x.Entities.Single(e => e.Label == "A100").Maker, Is.EqualTo("NVIDIA"), "the lexicon knows the maker all the same");
    }
}
