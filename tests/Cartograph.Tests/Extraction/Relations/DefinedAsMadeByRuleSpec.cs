using NUnit.Framework;
using static Cartograph.Graph.RelationOrigin;

namespace Cartograph.Tests.Extraction.Relations;

/// <summary>defined-as-made-by: "Hymba is a small language model from NVIDIA".</summary>
[TestFixture]
public sealed class DefinedAsMadeByRuleSpec
{
    [Test]
    public void TheMakerAfterTheDefinitionMadeTheDefinedWork()
    {
        var x = RuleSpec.Extract("Hymba is a small language model from NVIDIA.\n", "Hymba", "NVIDIA");
        Assert.That(x.By(DefinedAsMadeBy), Is.EqualTo(new[] { "Hymba -developed_by-> NVIDIA" }));
    }

    [Test]
    public void AMakerAfterAnotherNameMadeThatNameNotTheDefinedWork()
    {
        var x = RuleSpec.Extract("Hymba is a small language model that beats Llama 3 from Meta.\n", "Hymba", "Llama 3", "Meta");
        Assert.That(x.By(DefinedAsMadeBy), Is.Empty);
        Assert.That(x.All(), Does.Contain("Llama 3 -developed_by-> Meta").And.No.Contain("Hymba -developed_by-> Meta"));
    }
}
