using NUnit.Framework;
using static Cartograph.Graph.RelationOrigin;

namespace Cartograph.Tests.Extraction.Relations;

/// <summary>rivalry-cue: the paper discussed, set against what a rivalry cue names.</summary>
[TestFixture]
public sealed class RivalryCueRuleSpec
{
    private const string Abstract = "Ferrite: Light Segmentation\n\nWe propose Ferrite, a light model trained with knowledge distillation. Experiments show that Ferrite outperforms GrapeNet. The model runs on a single NVIDIA GPU.\n";

    [Test]
    public void ThePaperCompetesWithWhatItOutperforms()
    {
        var x = RuleSpec.Extract(Abstract, "Ferrite", "GrapeNet");
        Assert.That(x.By(RivalryCue), Does.Contain("Ferrite -competes_with-> GrapeNet"));
    }

    [Test]
    public void ACompanyNamedAfterTheComparisonIsHardwareNotARival()
    {
        var x = RuleSpec.Extract(Abstract, "Ferrite", "NVIDIA");
        Assert.That(x.By(RivalryCue), Has.None.Contains("NVIDIA"));
    }
}
