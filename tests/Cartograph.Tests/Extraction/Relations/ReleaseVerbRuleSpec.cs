using NUnit.Framework;
using static Cartograph.Graph.RelationOrigin;

namespace Cartograph.Tests.Extraction.Relations;

/// <summary>release-verb: "Meta has released Llama 2", "Google launched Gemini".</summary>
[TestFixture]
public sealed class ReleaseVerbRuleSpec
{
    [Test]
    public void AnOrganizationReleasedTheProductNamedSoonAfterTheVerb()
    {
        var x = RuleSpec.Extract("Meta has released Llama 2.\n", "Meta", "Llama 2");
        Assert.That(x.By(ReleaseVerb), Is.EqualTo(new[] { "Llama 2 -developed_by-> Meta" }));
    }

    [Test]
    public void AProductNamedFarAfterTheVerbIsNotWhatWasReleased()
    {
        var x = RuleSpec.Extract("Meta has released a long report on safety, and weeks later many people still compare what it says with the notes on Llama 2.\n", "Meta", "Llama 2");
        Assert.That(x.By(ReleaseVerb), Is.Empty);
    }
}
