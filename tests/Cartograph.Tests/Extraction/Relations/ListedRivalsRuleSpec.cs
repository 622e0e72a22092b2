using NUnit.Framework;
using static Cartograph.Graph.RelationOrigin;

namespace Cartograph.Tests.Extraction.Relations;

/// <summary>listed-rivals: products listed together are alternatives; an organization in the list stands for its product.</summary>
[TestFixture]
public sealed class ListedRivalsRuleSpec
{
    [Test]
    public void ProductsListedTogetherCompete()
    {
        var x = RuleSpec.Extract("Zoom, Teams and Google Meet all added meeting notes.\n", "Zoom", "Microsoft Teams", "Google Meet");
        Assert.That(x.By(ListedRivals), Is.EquivalentTo(new[]
        {
            "Microsoft Teams -competes_with-> Zoom",
            "Google Meet -competes_with-> Zoom",
            "Google Meet -competes_with-> Microsoft Teams",
        }));
    }

    [Test]
    public void AnOrganizationListedWithItsOwnProductDoesNotCompeteWithIt()
    {
        var x = RuleSpec.Extract("Microsoft, Teams and Google Meet all added meeting notes.\n", "Microsoft", "Microsoft Teams", "Google Meet");
        Assert.That(x.By(ListedRivals), Is.EqualTo(new[] { "Google Meet -competes_with-> Microsoft Teams" }));
    }
}
