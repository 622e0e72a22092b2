using NUnit.Framework;
using static Cartograph.Graph.EntityType;

namespace Cartograph.Tests.Extraction;

/// <summary>Surface variants of one thing resolve to one node; different things stay apart.</summary>
[TestFixture]
public sealed class NodeMergingTests
{
    [Test]
    public void LongNameDashAcronymIsOneNodeWithTheAcronymAsAlias()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is Sparse Token Routing - STR. STR uses mixture of experts. STR is fast.");
        var n = g.Require(Technique, "Sparse Token Routing");
        Assert.That(n.Aliases, Does.Contain("STR"));
        Assert.That(n.Mentions, Is.EqualTo(3));
        Assert.That(g.Vertices.Count(v => v.Label == "STR"), Is.Zero, g.Describe());
    }

    [Test]
    public void AcronymsAreCaseSensitive()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is Sparse Token Routing - STR. Then str and Str appear in lower case.");
        Assert.That(g.Require(Technique, "Sparse Token Routing").Mentions, Is.EqualTo(1), g.Describe());
    }

    [Test]
    public void LexiconAcronymsMatchOnlyInTheirOwnCase()
    {
        var upper = ExtractionHarness.Graph("Ana: Next up is NovaCat. NovaCat uses RL and LoRA.");
        upper.Require(Technique, "RL");
        upper.Require(Technique, "LoRA");
        var lower = ExtractionHarness.Graph("Ana: Next up is NovaCat. Its rl is nice, and Lora is my aunt.");
        Assert.That(lower.Find(Technique, "reinforcement learning"), Is.Null, lower.Describe());
        Assert.That(lower.Find(Technique, "low-rank adaptation"), Is.Null, lower.Describe());
    }

    [Test]
    public void VersionSuffixAndModelHeadNounAreOneNode()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is Kestrel 2.0 from Alibaba. The Kestrel model uses reinforcement learning. Kestrel 2.0 is fast.");
        var n = g.Require(Paper, "Kestrel 2.0");
        Assert.That(n.Aliases, Does.Contain("Kestrel"));
        Assert.That(n.Mentions, Is.EqualTo(3));
        Assert.That(g.Labels(Paper).Count(), Is.EqualTo(1), g.Describe());
    }

    [Test]
    public void PluralAndSingularOfACoinedNameAreOneNode()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is WaveGlider. The WaveGliders all agree.");
        Assert.That(g.Vertices.Count(v => v.Label.StartsWith("WaveGlider", StringComparison.Ordinal)), Is.EqualTo(1), g.Describe());
    }

    [Test]
    public void PluralCaseAndHyphenVariantsOfATechniqueAreOneNode()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is MeshWeaver. It uses vision transformers.\nBen: Vision Transformer and vision-transformer are the same thing.");
        var n = g.Require(Technique, "vision transformer");
        Assert.That(n.Aliases, Is.SupersetOf(new[] { "vision transformers", "vision-transformer" }));
        Assert.That(n.Mentions, Is.EqualTo(3));
    }

    [Test]
    public void TheSameNameInTwoDocumentsIsOneNodeListingBoth()
    {
        var g = ExtractionHarness.Graph(
            "Ana: Next up is VoxelDream. VoxelDream uses diffusion models.",
            "Ben: We've got VoxelDream again. VoxelDream uses diffusion models.");
        var n = g.Require(Paper, "VoxelDream");
        Assert.That(n.Documents, Is.EqualTo(new[] { "snippet0", "snippet1" }));
    }
}
