using Cartograph.Graph;
using NUnit.Framework;
using static Cartograph.Graph.EntityType;
using static Cartograph.Graph.Relation;

namespace Cartograph.Tests.Extraction;

/// <summary>An arXiv abstract: a title line, a blank line, one paragraph.</summary>
[TestFixture]
public sealed class ArxivAbstractTests
{
    private const string TitleWithoutColon = """
        Efficient Shape Editing with Sparse Attention

        We present SparseMorph, a method for interactive shape editing. SparseMorph uses knowledge distillation to run at interactive rates.
        """;

    [Test]
    public void TechniquesOfTheAbstractAreFound()
    {
        var g = ExtractionHarness.Graph(Snippets.ArxivAbstract);
        g.Require(Technique, "sparse attention");
        g.Require(Technique, "knowledge distillation");
    }

    [Test]
    public void ACapitalisedNameEndingInLossIsATechnique() =>
        ExtractionHarness.Graph(Snippets.ArxivAbstract).Require(Technique, "Morph Consistency Loss");

    [Test]
    public void TheContrastedPriorTechniqueIsNotANode()
    {
        var g = ExtractionHarness.Graph(Snippets.ArxivAbstract);
        Assert.That(g.AnyNamed("dense attention"), Is.Empty, g.Describe());
    }

    [Test]
    public void WePresentXMakesXThePaperWhenTheTitleHasNoColon()
    {
        var g = ExtractionHarness.Graph(TitleWithoutColon);
        Assert.That(g.Labels(Paper), Is.EqualTo(new[] { "SparseMorph" }), g.Describe());
        g.RequireEdge(UsesTechnique, Paper, "SparseMorph", Technique, "knowledge distillation");
    }

    [Test]
    public void AbstractLinesHaveNoSpeaker()
    {
        var x = ExtractionHarness.Extract(TitleWithoutColon);
        Assert.That(x.Sentences.Select(s => s.Speaker), Has.All.Null);
    }

    [Test]
    public void ATitleWithAColonIsNotASpeakerLabel()
    {
        var x = ExtractionHarness.Extract(Snippets.ArxivAbstract);
        Assert.That(x.Sentences.Select(s => s.Speaker), Has.All.Null);
    }

    [Test]
    public void TheNameBeforeTheTitleColonIsThePaperAndOwnsTheTechniques()
    {
        var g = ExtractionHarness.Graph(Snippets.ArxivAbstract);
        Assert.That(g.Labels(Paper), Is.EqualTo(new[] { "SparseMorph" }), g.Describe());
        g.RequireEdge(UsesTechnique, Paper, "SparseMorph", Technique, "sparse attention");
        g.RequireEdge(UsesTechnique, Paper, "SparseMorph", Technique, "knowledge distillation");
        g.RequireEdge(UsesTechnique, Paper, "SparseMorph", Technique, "Morph Consistency Loss");
        Assert.That(g.FindEdge(UsesTechnique, Paper, "SparseMorph", Technique, "dense attention"), Is.Null);
    }

    [Test]
    public void APersonLikeTitleNameOverAParagraphIsStillThePaper()
    {
        const string text = """
            Heron: Fast Retrieval for Long Videos

            We introduce Heron, a retrieval system for long video understanding. Heron relies on product quantization of frame embeddings.
            """;
        var g = ExtractionHarness.Graph(text);
        g.Require(Paper, "Heron");
        g.RequireEdge(UsesTechnique, Paper, "Heron", Technique, "product quantization");
        Assert.That(ExtractionHarness.Extract(text).Sentences.Select(s => s.Speaker), Has.All.Null);
    }

    [Test]
    public void AKnownModelWithAVersionIntroducedByTheAbstractIsThePaper()
    {
        const string text = """
            Segmenting Everything in Video

            We present Segment Anything Model 2, a foundation model for promptable visual segmentation in images and videos. It is trained with zero-shot transfer in mind.
            """;
        var g = ExtractionHarness.Graph(text);
        g.Require(Paper, "Segment Anything Model 2");
        Assert.That(g.Find(Product, "Segment Anything Model 2"), Is.Null, g.Describe());
        Assert.That(g.AnyNamed("zero-shot").Where(n => n.Type == Domain), Is.Empty, "'zero-shot' is no domain\n" + g.Describe());
        g.Require(Technique, "zero-shot learning");
    }

    [Test]
    public void AnAbstractOfAKnownModelMakesOnePaperNode()
    {
        const string text = """
            Chameleon: Mixed-Modal Foundation Models

            We present Chameleon, a family of token-based mixed-modal models trained with early fusion.
            """;
        var g = ExtractionHarness.Graph(text);
        Assert.That(g.AnyNamed("Chameleon").Select(n => n.Type), Is.EqualTo(new[] { Paper }), g.Describe());
        g.RequireEdge(UsesTechnique, Paper, "Chameleon", Technique, "early fusion");
    }

    private const string AuthorsProse = """
        Ferrite: Small Reasoners from Open Data

        We propose Ferrite, a family of compact reasoning models. Our method relies on clustering of the training data and a short post-training stage. We show that Ferrite is strong on software engineering problems.
        """;

    private const string ChatAboutTheSameWords = """
        Ana: I spent the weekend clustering my photos and doing some post-training cleanup of the garden, honestly.

        Ben: Sounds like software engineering for plants.
        """;

    [Test]
    public void InTheAuthorsOwnProseTheFieldsEverydayWordsAreTechniquesAndDomains()
    {
        var g = ExtractionHarness.Graph(AuthorsProse);
        g.RequireEdge(UsesTechnique, Paper, "Ferrite", Technique, "post-training");
        g.RequireEdge(UsesTechnique, Paper, "Ferrite", Technique, "clustering");
        g.RequireEdge(AppliedTo, Paper, "Ferrite", Domain, "software engineering");
    }

    [Test]
    public void InAChatTheSameEverydayWordsSaidOnceAreNoNodes()
    {
        var g = ExtractionHarness.Graph(ChatAboutTheSameWords);
        Assert.That(g.AnyNamed("clustering").Concat(g.AnyNamed("post-training")).Concat(g.AnyNamed("software engineering")), Is.Empty, g.Describe());
    }

    [Test]
    public void AModelSizeWrittenOntoAKnownModelIsThatModel()
    {
        var g = ExtractionHarness.Graph("We propose Ferrite. It scores 15.5, compared to just 0.6 for OLMo-2-1.48B and 0.3 for Qwen3-0.6B-Instruct.");
        // the size folds into its generation, which is a product of its own (OLMo 2 is not OLMo)
        Assert.That(g.Require(Product, "OLMo 2").Aliases, Does.Contain("OLMo-2-1.48B"));
        Assert.That(g.Require(Product, "Qwen3").Aliases, Does.Contain("Qwen3-0.6B-Instruct"));
        g.RequireEdge(CompetesWith, Paper, "Ferrite", Product, "OLMo 2");
    }

    [Test]
    public void AWordHyphenedOntoAKnownNameIsNotThatName()
    {
        var g = ExtractionHarness.Graph("We propose Ferrite, trained with Meta-learning and compared with Meta-Llama and OLMo-2.");
        Assert.That(g.Find(Organization, "Meta"), Is.Null, g.Describe());
        g.Require(Product, "OLMo 2");
    }

    private const string AbstractNamingWhatItUses = """
        Ferrite: Light Segmentation Models

        Segment Anything Model (SAM) is a strong tool for vision applications, trained on the large Quokka-9 dataset. We propose Ferrite, a light model that learns from SAM's image encoder with knowledge distillation. To support training, we introduce Ferrite-Data, a dataset for object detection built with data augmentation.
        """;

    [Test]
    public void InAnAbstractADatasetItUsesDoesNotTakeTheDiscussionOver()
    {
        var g = ExtractionHarness.Graph(AbstractNamingWhatItUses);
        g.RequireEdge(UsesTechnique, Paper, "Ferrite", Technique, "knowledge distillation");
        Assert.That(g.Edges.Where(e => e.Source.EndsWith("quokka-9", StringComparison.Ordinal)), Is.Empty, g.Describe());
    }

    [Test]
    public void InAnAbstractWhatTheAuthorsIntroduceTakesItsOwnDiscussion()
    {
        var g = ExtractionHarness.Graph(AbstractNamingWhatItUses);
        g.RequireEdge(UsesTechnique, Paper, "Ferrite-Data", Technique, "data augmentation");
        Assert.That(g.FindEdge(UsesTechnique, Paper, "Ferrite", Technique, "data augmentation"), Is.Null, g.Describe());
    }

    [Test]
    public void InAnAbstractAModelItBuildsOnTakesNoneOfItsTechniques()
    {
        var g = ExtractionHarness.Graph(AbstractNamingWhatItUses);
        Assert.That(g.Edges.Where(e => e.Source == "product:segment-anything" && e.Relation == UsesTechnique), Is.Empty, g.Describe());
        g.RequireEdge(UsesTechnique, Paper, "Ferrite", Technique, "knowledge distillation");
    }

    private const string AbstractWithADatasetAndRivals = """
        PlumOCR: Document Parsing with a Shape-Text-Order Triplet Paradigm

        We introduce PlumOCR, a vision-language model for document parsing built on a Shape-Text-Order (STO) triplet paradigm. To train and evaluate it, we introduce the PlumDoc dataset, with documents in Chinese and English. Experiments show that PlumOCR outperforms GrapeParse by an average of 5.1%, compared to larger models. The 3B model runs on a single NVIDIA GPU.
        """;

    [Test]
    public void AfterTheAuthorsDatasetTheirPaperNamedAgainIsTheSubjectAgain()
    {
        var g = ExtractionHarness.Graph(AbstractWithADatasetAndRivals);
        var rivalry = g.Edges.Where(e => e.Relation == CompetesWith && (e.Source.EndsWith("grapeparse", StringComparison.Ordinal) || e.Target.EndsWith("grapeparse", StringComparison.Ordinal))).ToList();
        Assert.That(rivalry.Select(e => e.Source + " " + e.Target), Has.Some.Contains("plumocr"), g.Describe());
        Assert.That(rivalry.Select(e => e.Source + " " + e.Target), Has.None.Contains("plumdoc"), g.Describe());
    }

    [Test]
    public void HardwareNamedAfterAComparisonIsNoRival()
    {
        var g = ExtractionHarness.Graph(AbstractWithADatasetAndRivals);
        Assert.That(g.Edges.Where(e => e.Relation == CompetesWith && (e.Source == "organization:nvidia" || e.Target == "organization:nvidia")), Is.Empty, g.Describe());
        Assert.That(g.Edges.Where(e => e.Relation == CompetesWith), Is.Not.Empty, g.Describe());
    }

    [Test]
    public void InAnAbstractTheTasksItIsEvaluatedOnAreItsDomains()
    {
        var g = ExtractionHarness.Graph("""
            Wayfarer: Agents That Find Their Way

            We propose Wayfarer, a model that excels at long-horizon spatial referring tasks and generalizes to tasks such as geolocalization, outperforming complex downstream tasks baselines.
            """);
        g.RequireEdge(AppliedTo, Paper, "Wayfarer", Domain, "spatial referring");
        g.RequireEdge(AppliedTo, Paper, "Wayfarer", Domain, "geolocalization");
        Assert.That(g.AnyNamed("long-horizon spatial referring").Concat(g.AnyNamed("complex downstream")).Concat(g.AnyNamed("downstream")), Is.Empty, g.Describe());
    }

    [Test]
    public void InAChatTasksNameNoDomain()
    {
        var g = ExtractionHarness.Graph("Ana: I had a lot of gardening tasks this weekend, so no time for papers.\n\nBen: Same, painting tasks all day.");
        Assert.That(g.Labels(Domain), Is.Empty, g.Describe());
    }

    [Test]
    public void ANameBeforeBasedIsWhatTheWorkIsBuiltOn()
    {
        var g = ExtractionHarness.Graph("We propose Zorb, a transformer-based detector with diffusion-powered sampling.");
        g.RequireEdge(UsesTechnique, Paper, "Zorb", Technique, "transformer");
        Assert.That(g.AnyNamed("transformer-based"), Is.Empty, g.Describe());
    }

    [Test]
    public void AResearcherSayingWeProposeOnAShowIsStillAConversation()
    {
        var g = ExtractionHarness.Graph("Ana: In this paper we propose Zorb. We show that our method works, and our model needs clustering of the data.\n\nBen: Nice.");
        Assert.That(g.AnyNamed("clustering"), Is.Empty, g.Describe());
    }

    [Test]
    public void TheSameWordsWrittenAsAnAbstractAreResearchProse()
    {
        var g = ExtractionHarness.Graph("Zorb: Fast Grouping\n\nIn this paper we propose Zorb. We show that our method works, and our model needs clustering of the data.");
        g.Require(Technique, "clustering");
    }
}
