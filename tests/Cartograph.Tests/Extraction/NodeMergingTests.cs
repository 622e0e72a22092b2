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
    public void HyphenSpaceCaseAndPluralSpellingsOfACoinedNameAreOneNode()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is WaveGlider. The Wave-Glider team says WaveGlider beats the other WaveGliders, and Waveglider is cheap.");
        var papers = g.Vertices.Where(v => v.Label.Replace("-", "").StartsWith("WaveGlider", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.That(papers, Has.Count.EqualTo(1), g.Describe());
        Assert.That(papers[0].Label, Is.EqualTo("WaveGlider"), "the most frequent, singular spelling is the label");
        Assert.That(papers[0].Aliases, Is.SupersetOf(new[] { "Wave-Glider", "WaveGliders" }));
    }

    [Test]
    public void ASingularAndPluralSeenOnceEachTakeTheSingularAsLabel()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is the TideNets paper. TideNet is small.");
        Assert.That(g.Labels(Paper), Is.EqualTo(new[] { "TideNet" }), g.Describe());
    }

    [Test]
    public void VariantsAcrossDocumentsAreOneNode()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is Wave-Glider from Tencent.", "Ben: We've got WaveGlider today.");
        Assert.That(g.Labels(Paper).Count(), Is.EqualTo(1), g.Describe());
    }

    [TestCase("Ana: Next up is MiniLoom 2 from Alibaba. MiniLoom 2.0 uses knowledge distillation.")]
    [TestCase("Ana: Next up is MiniLoom 2.0 from Alibaba. MiniLoom 2 uses knowledge distillation.")]
    public void AZeroMinorVersionIsTheSameVersion(string snippet)
    {
        var g = ExtractionHarness.Graph(snippet);
        var n = g.Vertices.Single(v => v.Type == Paper);
        Assert.That(new[] { n.Label }.Concat(n.Aliases), Is.SupersetOf(new[] { "MiniLoom 2", "MiniLoom 2.0" }), g.Describe());
        g.RequireEdge(Cartograph.Graph.Relation.DevelopedBy, Paper, n.Label, Organization, "Alibaba");
        g.RequireEdge(Cartograph.Graph.Relation.UsesTechnique, Paper, n.Label, Technique, "knowledge distillation");
    }

    [Test]
    public void DifferentVersionsStayApart()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is MiniLoom 2.1 from Alibaba. It beats MiniLoom 2.10 and MiniLoom 3.");
        Assert.That(g.Vertices.Count(v => v.Label.StartsWith("MiniLoom 2.1", StringComparison.Ordinal)), Is.EqualTo(2), g.Describe());
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

    [Test]
    public void AVersionedNameDoesNotSwallowTheKnownNameItStartsWith()
    {
        var g = ExtractionHarness.Graph("Chris: You may work in TensorFlow, or something. The blog post compares floating point 16, 32 and TensorFlow 32 on the new chip.");
        var tensorFlow = g.Require(Product, "TensorFlow");
        Assert.That(tensorFlow.Aliases, Has.No.Member("TensorFlow 32"), g.Describe());
    }
}
