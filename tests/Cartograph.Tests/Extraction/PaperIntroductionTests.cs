using NUnit.Framework;
using static Cartograph.Graph.EntityType;

namespace Cartograph.Tests.Extraction;

/// <summary>The ways a host introduces the next paper, each giving a paper node with the coined name.</summary>
[TestFixture]
public sealed class PaperIntroductionTests
{
    [TestCase("Ana: Next up is VoxelDream. VoxelDream builds scenes from sketches.", "VoxelDream")]
    [TestCase("Ana: FlowKite is next. FlowKite animates still photos.", "FlowKite")]
    [TestCase("Ana: Today we've got PixelLoom. It weaves textures.", "PixelLoom")]
    [TestCase("Ana: The third paper, GraphMender, repairs broken molecules.", "GraphMender")]
    [TestCase("Ana: \"Seeing Sound in the Dark\" is the title, and it is about night-time audio.", "Seeing Sound in the Dark")]
    [TestCase("Ana: Thanks. ROBO-Bench is next. ROBO-Bench has many tasks.", "ROBO-Bench")]
    [TestCase("Ana: Next up is HexaBench. HexaBench has six hundred puzzles.", "HexaBench")]
    [TestCase("Ana: Then there's Google's NeedleCam, a tiny camera model.", "NeedleCam")]
    public void IntroducedNameIsAPaper(string snippet, string paper)
    {
        var g = ExtractionHarness.Graph(snippet);
        g.Require(Paper, paper);
    }

    [Test]
    public void AnIntroducedPaperMentionedAgainIsOneNodeCountingBothMentions()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is VoxelDream. VoxelDream builds scenes from sketches.");
        var n = g.Require(Paper, "VoxelDream");
        Assert.That(n.Mentions, Is.EqualTo(2));
        Assert.That(g.Labels(Paper).Count(), Is.EqualTo(1), g.Describe());
    }

    [Test]
    public void TheIntroductionCueIsNotPartOfTheName()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is VoxelDream.\nBen: And we've got PixelLoom.");
        Assert.That(g.Labels(Paper), Is.EquivalentTo(new[] { "VoxelDream", "PixelLoom" }), g.Describe());
    }

    [Test]
    public void ADictionaryWordOpeningASentenceBeforeAPaperWordIsNoPaperButACoinedOneIs()
    {
        var everyday = ExtractionHarness.Graph("Ana: Computers work with numbers, and those numbers need some precision.");
        Assert.That(everyday.AnyNamed("Computers"), Is.Empty, everyday.Describe());
        var coined = ExtractionHarness.Graph("Ana: FlowKite work from last year animates still photos.");
        coined.Require(Paper, "FlowKite");
    }

    [Test]
    public void AKnownProductNamedByWhatItIsCalledStaysAProduct()
    {
        var g = ExtractionHarness.Graph("Chris: Right now the best GPU that you can rent is called a V100, and it is fast for mixed precision training.");
        g.Require(Product, "V100");
        Assert.That(g.Labels(Paper), Is.Empty, g.Describe());
    }

    [Test]
    public void AKnownModelIntroducedAsTheTopicIsThePaperDiscussed()
    {
        var g = ExtractionHarness.Graph("Chris: Next up is Llama 2, and it is trained with reinforcement learning from human feedback.");
        g.Require(Paper, "Llama 2");
    }
}
