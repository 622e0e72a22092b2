using Cartograph.Graph;
using NUnit.Framework;
using static Cartograph.Graph.EntityType;
using static Cartograph.Graph.Relation;

namespace Cartograph.Tests.Extraction;

/// <summary>A markdown digest: headings, numbered items with bold names and links.</summary>
[TestFixture]
public sealed class NewsletterDigestTests
{
    private KnowledgeGraph _g = null!;

    [OneTimeSetUp]
    public void Extract() => _g = ExtractionHarness.Graph(Snippets.NewsletterDigest);

    [Test]
    public void BoldHyphenatedNamesOfNumberedItemsArePapers()
    {
        _g.Require(Paper, "TerraMind-3D");
        _g.Require(Paper, "Echo-Bench");
    }

    [Test]
    public void TheAlgorithmHeadNounMakesATechniqueWithTheLongFormAsAlias()
    {
        var n = _g.Require(Technique, "ZZ-GRPO");
        Assert.That(n.Aliases, Does.Contain("ZZ-GRPO algorithm"));
    }

    [Test]
    public void HeadingsAndLinkTextAreNotEntities()
    {
        foreach (var s in new[] { "The Weekly Tensor", "Papers", "Products", "Read the paper", "arXiv", "example.org" })
            Assert.That(_g.AnyNamed(s), Is.Empty, s + "\n" + _g.Describe());
        Assert.That(_g.Vertices.Where(n => n.Label.Contains("http") || n.Label.Contains("**") || n.Label.Contains('#')), Is.Empty, _g.Describe());
    }

    [Test]
    public void TheFirstItemIsFromNvidiaUsesNerfAndIsAppliedToDriving()
    {
        _g.RequireEdge(DevelopedBy, Paper, "TerraMind-3D", Organization, "NVIDIA");
        _g.RequireEdge(UsesTechnique, Paper, "TerraMind-3D", Technique, "neural radiance fields");
        _g.RequireEdge(AppliedTo, Paper, "TerraMind-3D", Domain, "autonomous driving");
    }

    [Test]
    public void TheBenchmarkItemUsesSpeechRecognition() =>
        _g.RequireEdge(UsesTechnique, Paper, "Echo-Bench", Technique, "automatic speech recognition");

    [Test]
    public void ItemsDoNotLeakIntoEachOther()
    {
        Assert.That(_g.FindEdge(UsesTechnique, Paper, "TerraMind-3D", Technique, "automatic speech recognition"), Is.Null);
        Assert.That(_g.FindEdge(AppliedTo, Paper, "Echo-Bench", Domain, "autonomous driving"), Is.Null);
    }

    [Test]
    public void ANumberedItemThatNamesNoPaperStartsItsOwnItem()
    {
        Assert.That(_g.FindEdge(UsesTechnique, Paper, "Echo-Bench", Technique, "ZZ-GRPO"), Is.Null, _g.Describe());
        Assert.That(_g.FindEdge(AppliedTo, Paper, "Echo-Bench", Domain, "code generation"), Is.Null, _g.Describe());
    }

    [Test]
    public void AHeadingEndsThePreviousItem()
    {
        const string digest = """
            # Research Roundup

            ## 1. Kite-Bench

            **Kite-Bench** is a benchmark for robotic manipulation.

            ## Funding news

            Investors keep pouring money into drug discovery startups.

            - Another lab raised a round for protein structure prediction.
            """;
        var g = ExtractionHarness.Graph(digest);
        g.RequireEdge(AppliedTo, Paper, "Kite-Bench", Domain, "robotic manipulation");
        Assert.That(g.FindEdge(AppliedTo, Paper, "Kite-Bench", Domain, "drug discovery"), Is.Null, g.Describe());
        Assert.That(g.FindEdge(AppliedTo, Paper, "Kite-Bench", Domain, "protein structure prediction"), Is.Null, g.Describe());
    }

    [Test]
    public void ATitleLineKeepsOnlyTheCoinedNameAndHardwareIsNoDomain()
    {
        const string digest = """
            ## Quick Links

            **ReCamPilot: Camera-Controlled Rendering from a Single Video (GitHub Repo)**

            ReCamPilot re-renders a video along new camera paths and runs on two GPUs.
            """;
        var g = ExtractionHarness.Graph(digest);
        Assert.That(g.Labels(Paper), Is.EqualTo(new[] { "ReCamPilot" }), g.Describe());
        Assert.That(g.AnyNamed("GitHub Repo"), Is.Empty, g.Describe());
        Assert.That(g.AnyNamed("GPUs"), Is.Empty, g.Describe());
    }

    [Test]
    public void AParagraphUnderAnItemStillBelongsToIt()
    {
        const string digest = """
            ## 1. Kite-Bench

            Kite-Bench is a new benchmark.

            It targets robotic manipulation in warehouses.
            """;
        var g = ExtractionHarness.Graph(digest);
        g.RequireEdge(AppliedTo, Paper, "Kite-Bench", Domain, "robotic manipulation");
    }

    [Test]
    public void AProductListCompetesPairwiseButAMakerTheTextDoesNotNameIsNoEdge()
    {
        _g.RequireEdge(CompetesWith, Product, "Teams", Product, "Google Meet");
        _g.RequireEdge(CompetesWith, Organization, "Zoom", Product, "Teams");
        _g.RequireEdge(CompetesWith, Organization, "Zoom", Product, "Google Meet");
        // "Google Meet" names its maker; the lexicon knows Microsoft makes Teams, but "Teams" alone does not say so
        _g.RequireEdge(DevelopedBy, Product, "Google Meet", Organization, "Google");
        Assert.That(_g.FindEdge(DevelopedBy, Product, "Microsoft Teams", Organization, "Microsoft"), Is.Null, _g.Describe());
    }

    [Test]
    public void AMakerNamedAFewSentencesBeforeItsProductInTheSameItemIsAnEdgeButNotFromAnotherItem()
    {
        var near = ExtractionHarness.Graph("NVIDIA announced its new data center GPU this week. It ships in May. The A100 has 40 GB of memory.");
        near.RequireEdge(DevelopedBy, Product, "A100", Organization, "NVIDIA");
        var apart = ExtractionHarness.Graph("## 1. Chips\n\nNVIDIA had a quiet week.\n\n## 2. Benchmarks\n\nThe A100 tops the MLPerf table.\n");
        apart.Require(Product, "A100");
        Assert.That(apart.FindEdge(DevelopedBy, Product, "A100", Organization, "NVIDIA"), Is.Null, apart.Describe());
    }

    [Test]
    public void ANumberedResearchItemOpensWithItsPapersTitleAndTheNameItIntroducesIsTheSamePaper()
    {
        var g = ExtractionHarness.Graph("""
            ## Top ML Papers of the Week

            1) Mitigating Drift in Long Agents - proposes a benchmark for agents that run for days; tested on web navigation.

            2) Sparse Loop Model  Proposes LoopNet, a recurrent approach that reuses a shared stack of layers.
            """);
        g.RequireEdge(AppliedTo, Paper, "Mitigating Drift in Long Agents", Domain, "web navigation");
        var loop = g.Require(Paper, "LoopNet");
        Assert.That(loop.Aliases, Does.Contain("Sparse Loop Model"));
        Assert.That(g.Labels(Paper), Does.Not.Contain("Sparse Loop Model"), "the title is no second paper\n" + g.Describe());
    }

    [Test]
    public void AMakerTheSentenceNamesBesideItsProductIsAnEdge()
    {
        var g = ExtractionHarness.Graph("- Meeting notes: Google Meet now summarises calls, and Google says more is coming.\n- Meta has released LLaMA 2 with a commercial licence.\n");
        g.RequireEdge(DevelopedBy, Product, "Google Meet", Organization, "Google");
        g.RequireEdge(DevelopedBy, Product, "Llama 2", Organization, "Meta");
    }

    [Test]
    public void ANumberedNewsHeadlineIsNoPaperTitle()
    {
        var g = ExtractionHarness.Graph("""
            1) Orbital Sparse Planning - a framework for long-horizon robot planning with sparse rewards.

            2) Acme announces Zephyr Q - the assistant for work. Zephyr Q answers questions about a company's documents.
            """);
        g.Require(Paper, "Orbital Sparse Planning");
        Assert.That(g.AnyNamed("Acme announces Zephyr Q"), Is.Empty, g.Describe());
    }

    [Test]
    public void AStartupWrittenWithOneCapitalIsTheCompanyOfTheLexicon()
    {
        var g = ExtractionHarness.Graph("- Eureka - A new agent by Nvidia teaches robots to spin pens with reward design.");
        g.Require(Organization, "NVIDIA");
    }

    [Test]
    public void ANumberedItemTitledWithAKnownMethodIsThePaperThatPresentsIt()
    {
        var g = ExtractionHarness.Graph("""
            3) Native Sparse Attention  DeepSeek-AI and collaborators present Native Sparse Attention (NSA), a sparse attention mechanism for long-context modeling. NSA combines coarse-grained compression and fine-grained token selection.
            """);
        g.Require(Paper, "Native Sparse Attention");
        g.RequireEdge(UsesTechnique, Paper, "Native Sparse Attention", Technique, "sparse attention");
    }

    [Test]
    public void ANumberedItemTitledWithAKnownModelStaysTheModel()
    {
        var g = ExtractionHarness.Graph("""
            1) Llama 2 - a family of open chat models trained with reinforcement learning from human feedback.
            """);
        Assert.That(g.Find(Paper, "Llama 2") ?? g.Find(Product, "Llama 2"), Is.Not.Null, g.Describe());
        Assert.That(g.Labels(Paper).Where(l => l != "Llama 2"), Is.Empty, g.Describe());
    }

    [Test]
    public void ATierOfAKnownProductIsAProductOfItsOwnByTheSameMaker()
    {
        var g = ExtractionHarness.Graph("- Google launched Gemini Ultra, and Gemini Nano runs on phones. Google says Gemini Ultra beats GPT-4.");
        g.Require(Product, "Gemini Ultra");
        g.Require(Product, "Gemini Nano");
        g.RequireEdge(DevelopedBy, Product, "Gemini Ultra", Organization, "Google");
    }

    [Test]
    public void AWordHyphenedAfterAProductIsNoTier()
    {
        var g = ExtractionHarness.Graph("- Google shipped Gemini Pro-level answers to everyone with Gemini.");
        g.Require(Product, "Gemini");
        Assert.That(g.AnyNamed("Gemini Pro"), Is.Empty, g.Describe());
    }

    [Test]
    public void TheModelANewsItemIsAboutCompetesWithWhatItOutperforms()
    {
        var g = ExtractionHarness.Graph("""
            1) Gemini 2.0 - a new model that achieves state-of-the-art results on common benchmarks. It outperforms GPT-4o on most of them.
            """);
        Assert.That(g.Edges.Where(e => e.Relation == CompetesWith && e.Source.Contains("gemini", StringComparison.Ordinal) && e.Target.Contains("gpt-4o", StringComparison.Ordinal)
            || e.Relation == CompetesWith && e.Target.Contains("gemini", StringComparison.Ordinal) && e.Source.Contains("gpt-4o", StringComparison.Ordinal)), Is.Not.Empty, g.Describe());
    }

    [Test]
    public void TheModelANewsItemIsAboutDoesNotCompeteWithWhatItOnlyNames()
    {
        var g = ExtractionHarness.Graph("""
            1) Gemini 2.0 - a new model that achieves state-of-the-art results on common benchmarks. It was evaluated with prompts written by GPT-4o.
            """);
        Assert.That(g.Edges.Where(e => e.Relation == CompetesWith), Is.Empty, g.Describe());
    }

    [Test]
    public void EverydayWordsGivenAsExamplesOfAreasAreDomains()
    {
        var g = ExtractionHarness.Graph("6) Q-Eval - a benchmark of long documents covering areas such as law, finance, and school lectures, built for engaging storytelling.");
        g.Require(Domain, "law");
        g.Require(Domain, "finance");
        g.Require(Domain, "storytelling");
    }

    [Test]
    public void EverydayWordsSaidInPassingAreNoDomains()
    {
        var g = ExtractionHarness.Graph("Ana: I studied law, then finance, and now I tell my kids storytelling is a job.");
        Assert.That(g.Labels(Domain), Is.Empty, g.Describe());
    }

    private const string PointsOfASummary = """
        3) Zorb Attention  DeepSeek-AI present Zorb Attention, a sparse attention mechanism for long documents. Key contributions: ● Mixture of Experts – Zorb combines coarse-grained compression and token selection. ● Strong Long-Context Performance – Zorb keeps its accuracy on long inputs. ● Open-Source – the kernels are released.
        """;

    [Test]
    public void TheTitleCaseHeadingOfASummaryPointIsNoPaper()
    {
        var g = ExtractionHarness.Graph(PointsOfASummary);
        Assert.That(g.AnyNamed("Strong Long-Context Performance").Concat(g.AnyNamed("Open-Source")), Is.Empty, g.Describe());
        g.Require(Paper, "Zorb Attention");
    }

    [Test]
    public void AKnownMethodNamedInTheHeadingOfASummaryPointStays()
    {
        var g = ExtractionHarness.Graph(PointsOfASummary);
        g.Require(Technique, "mixture of experts");
    }

    [Test]
    public void ANameWithAISaidAgainWithoutItIsOneThing()
    {
        var g = ExtractionHarness.Graph("- Nvidia has built a new agent. The Zorblax AI system teaches robots to spin pens. Zorblax writes reward functions for reinforcement learning.");
        var named = g.Vertices.Where(v => v.Label == "Zorblax AI" || v.Aliases.Contains("Zorblax AI")).ToList();
        Assert.That(named, Has.Count.EqualTo(1), g.Describe());
        Assert.That(named[0].Label == "Zorblax" || named[0].Aliases.Contains("Zorblax"), g.Describe());
        Assert.That(g.Vertices.Where(v => v.Label == "Zorblax" && !ReferenceEquals(v, named[0])), Is.Empty, g.Describe());
    }
}
