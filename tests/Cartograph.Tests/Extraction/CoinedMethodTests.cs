using NUnit.Framework;
using static Cartograph.Graph.EntityType;
using static Cartograph.Graph.Relation;

namespace Cartograph.Tests.Extraction;

/// <summary>
/// Lower-case coined methods ("bimodally-conditioned gates") found from a usage cue and a method head noun,
/// and standard method names the lexicon must keep apart ("vector quantization" is not just "quantization").
/// </summary>
[TestFixture]
public sealed class CoinedMethodTests
{
    private const string Podcast = """
        **Ravi:** \[00:05\] Welcome to Signal and Noise. First up is TessaVox, a speech model from Baidu.

        **Lena:** \[00:40\] They use cross-lingual prosody embeddings and a standard attention layer.

        **Ravi:** \[01:10\] Plus what they're calling staggered-window attention, which keeps latency low.

        **Okafor:** \[01:45\] Honestly the first fusion they tried failed, so they moved to early fusion.

        **Lena:** \[02:20\] Staggered-window attention is the part I would steal.
        """;

    private const string Newsletter = """
        # Model Notes

        ## 1. Quill-7B

        Quill-7B introduces sparse mixture-routed adapters for text summarization.

        ## 2. Tools

        A new release trains with a carefully tuned loss on graphics processing units.
        """;

    private const string Abstract = """
        Lattice Priors for Robust Depth Estimation

        We propose LatticeDepth, which relies on depth-aware contrastive alignment and multi-scale feature fusion. Unlike prior work built on late fusion, LatticeDepth trains with real-time decoding.
        """;

    [Test]
    public void APodcastNamesItsCoinedMethodsAfterAUsageCue()
    {
        var g = ExtractionHarness.Graph(Podcast);
        g.RequireEdge(UsesTechnique, Paper, "TessaVox", Technique, "cross-lingual prosody embeddings");
        g.RequireEdge(UsesTechnique, Paper, "TessaVox", Technique, "staggered-window attention");
        g.RequireEdge(UsesTechnique, Paper, "TessaVox", Technique, "early fusion");
        Assert.That(g.Require(Technique, "staggered-window attention").Mentions, Is.EqualTo(2), "a later mention without the cue counts too");
    }

    [Test]
    public void OrdinaryPhrasesWithAMethodHeadAreNotNames()
    {
        var g = ExtractionHarness.Graph(Podcast, Newsletter, Abstract);
        foreach (var junk in new[] { "first fusion", "the first fusion", "standard attention layer", "carefully tuned loss",
                     "tuned loss", "graphics processing units", "real-time decoding" })
            Assert.That(g.AnyNamed(junk), Is.Empty, junk + "\n" + g.Describe());
    }

    [Test]
    public void ANewsletterItemNamesAHyphenatedMethod()
    {
        var g = ExtractionHarness.Graph(Newsletter);
        g.RequireEdge(UsesTechnique, Paper, "Quill-7B", Technique, "sparse mixture-routed adapters");
    }

    [Test]
    public void AnAbstractProposesCoinedMethodsButNotTheContrastedOne()
    {
        var g = ExtractionHarness.Graph(Abstract);
        g.RequireEdge(UsesTechnique, Paper, "LatticeDepth", Technique, "depth-aware contrastive alignment");
        g.RequireEdge(UsesTechnique, Paper, "LatticeDepth", Technique, "multi-scale feature fusion");
        Assert.That(g.FindEdge(UsesTechnique, Paper, "LatticeDepth", Technique, "late fusion"), Is.Null, g.Describe());
    }

    [Test]
    public void ATitleCaseTitleDoesNotMakeCapitalisedMethodNames()
    {
        var g = ExtractionHarness.Graph("Heron: Fast Retrieval for Long Videos\n\nWe introduce Heron, a retrieval system for long video understanding.\n");
        Assert.That(g.AnyNamed("Fast Retrieval"), Is.Empty, g.Describe());
        g.Require(Paper, "Heron");
    }

    [Test]
    public void VectorQuantizationIsItsOwnTechnique()
    {
        var g = ExtractionHarness.Graph(Snippets.ThreeSpeakerPodcast);
        g.RequireEdge(UsesTechnique, Paper, "LumaTok", Technique, "vector quantization");
        Assert.That(g.Find(Technique, "quantization"), Is.Null, g.Describe());
    }

    [TestCase("product quantization")]
    [TestCase("residual vector quantization")]
    [TestCase("vector quantization")]
    public void QuantizationVariantsKeepTheirModifier(string technique)
    {
        var g = ExtractionHarness.Graph($"Ana: Next up is CodecKit. CodecKit relies on {technique} of audio frames.");
        g.RequireEdge(UsesTechnique, Paper, "CodecKit", Technique, technique);
    }

    [TestCase("early fusion")]
    [TestCase("late fusion")]
    [TestCase("intermediate fusion")]
    [TestCase("cross-modal fusion")]
    [TestCase("tensor fusion")]
    public void StandardFusionTechniquesAreKnown(string technique)
    {
        var g = ExtractionHarness.Graph($"Ana: Next up is FuseNet. FuseNet combines audio and video with {technique}.");
        g.RequireEdge(UsesTechnique, Paper, "FuseNet", Technique, technique);
    }

    [Test]
    public void FusionAliasesNameTheStandardTechnique()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is FuseNet. FuseNet does feature-level fusion, then decision-level fusion.");
        g.RequireEdge(UsesTechnique, Paper, "FuseNet", Technique, "early fusion");
        g.RequireEdge(UsesTechnique, Paper, "FuseNet", Technique, "late fusion");
    }

    [Test]
    public void AKnownNameBeforeWithMakesTwoNamesNotOne()
    {
        var g = ExtractionHarness.Graph("1) Tree Refine - reaches olympiad level with an approach that integrates LLMs with Monte Carlo Tree Search.");
        g.Require(Technique, "Monte Carlo tree search");
        Assert.That(g.AnyNamed("LLMs with Monte Carlo Tree Search"), Is.Empty, g.Describe());
    }

    [Test]
    public void APlainWordBeforeWithStaysPartOfTheMethodName()
    {
        var g = ExtractionHarness.Graph("They train it with Gradient Consistency with Kernel Mean Loss, and it works.");
        g.Require(Technique, "Gradient Consistency with Kernel Mean Loss");
    }

    [Test]
    public void ALastListItemStartsAfterItsAnd()
    {
        var g = ExtractionHarness.Graph("We propose Zorb. Zorb combines coarse-grained compression, fine-grained token selection, and sliding window mechanisms.");
        g.Require(Technique, "coarse-grained compression");
        Assert.That(g.Vertices.Where(v => v.Label.StartsWith("and ", StringComparison.Ordinal)), Is.Empty, g.Describe());
    }

    [Test]
    public void OneCoinedWordBeforeWithIsAWholeName()
    {
        var g = ExtractionHarness.Graph("We propose FerriteNet. On segmentation, our FerriteNet with SAMI-pretrained encoders performs well.");
        g.Require(Paper, "FerriteNet");
        Assert.That(g.Vertices.Where(v => v.Label.Contains(" with ", StringComparison.Ordinal)), Is.Empty, g.Describe());
    }

    [Test]
    public void ThreeCapitalisedWordsEndingInAMethodWordNameOneEvenAtASentencesStart()
    {
        var g = ExtractionHarness.Graph("We propose Zorb. Hierarchical Gated Attention – Zorb combines coarse-grained compression and token selection.");
        g.Require(Technique, "Hierarchical Gated Attention");
    }

    [Test]
    public void TwoWordsAtASentencesStartEndingInAMethodWordAreNoName()
    {
        var g = ExtractionHarness.Graph("We propose Zorb. Proper Attention matters, and Zorb does it well.");
        Assert.That(g.AnyNamed("Proper Attention"), Is.Empty, g.Describe());
    }

    [Test]
    public void AHyphenedTrainingModifierIsNoPartOfTheName()
    {
        var g = ExtractionHarness.Graph("We propose ZorbRefer, a spatial model. Experiments show that SFT-trained ZorbRefer beats RL-tuned ZorbRefer on referring.");
        g.Require(Paper, "ZorbRefer");
        Assert.That(g.Vertices.Where(v => v.Label.Contains("-trained", StringComparison.Ordinal) || v.Label.Contains("-tuned", StringComparison.Ordinal)), Is.Empty, g.Describe());
    }

    [Test]
    public void ATitleCaseHyphenedWordStaysPartOfTheName()
    {
        var g = ExtractionHarness.Graph("We propose Zorb. The authors add Hardware-Aligned Optimization to their kernels.");
        g.Require(Technique, "Hardware-Aligned Optimization");
    }

    [Test]
    public void ThePartOfAModelNameAfterAHyphenStartsNoNameOfItsOwn()
    {
        var g = ExtractionHarness.Graph("We propose Zorb. It is faster than Qwen2.5-VL-7B and Qwen2.5-VL-3B on documents.");
        Assert.That(g.AnyNamed("VL-7B").Concat(g.AnyNamed("VL-3B")), Is.Empty, g.Describe());
        g.Require(Paper, "Zorb");
    }
}
