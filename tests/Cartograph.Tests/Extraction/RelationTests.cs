using Cartograph.Graph;
using NUnit.Framework;
using static Cartograph.Graph.EntityType;
using static Cartograph.Graph.Relation;

namespace Cartograph.Tests.Extraction;

/// <summary>The four relations: which sentences make them and which must not.</summary>
[TestFixture]
public sealed class RelationTests
{
    [Test]
    public void ATechniqueIsAttributedToThePaperOfItsSegment()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is VoxelDream. VoxelDream uses diffusion models.\nBen: Next up is FlowKite. It uses optical flow.");
        g.RequireEdge(UsesTechnique, Paper, "VoxelDream", Technique, "diffusion models");
        g.RequireEdge(UsesTechnique, Paper, "FlowKite", Technique, "optical flow");
        Assert.That(g.FindEdge(UsesTechnique, Paper, "VoxelDream", Technique, "optical flow"), Is.Null);
        Assert.That(g.FindEdge(UsesTechnique, Paper, "FlowKite", Technique, "diffusion models"), Is.Null);
    }

    [Test]
    public void APronounSentenceIsAttributedToTheIntroducedPaper()
    {
        var g = ExtractionHarness.Graph("Ana: Today we've got PixelLoom. It uses knowledge distillation.");
        g.RequireEdge(UsesTechnique, Paper, "PixelLoom", Technique, "knowledge distillation");
    }

    [Test]
    public void MostSystemsDoXIsNotAttributed()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is BrickVLA. Most systems do late fusion. BrickVLA uses reinforcement learning.");
        g.RequireEdge(UsesTechnique, Paper, "BrickVLA", Technique, "reinforcement learning");
        Assert.That(g.Edges.Count(e => e.Relation == UsesTechnique), Is.EqualTo(1), g.Describe());
    }

    [Test]
    public void UnlikePriorXIsNotAttributed()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is BrickVLA. Unlike prior work built on recurrent neural networks, BrickVLA uses transformers.");
        var rnn = g.Find(Technique, "recurrent neural networks");
        if (rnn is not null)
            Assert.That(g.FindEdge(UsesTechnique, Paper, "BrickVLA", Technique, "recurrent neural networks"), Is.Null, g.Describe());
    }

    [Test]
    public void MethodHeadNounsAreTechniquesUsedByThePaper()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is BoltPolicy. BoltPolicy is trained with the ZZ-GRPO algorithm and the Soft Margin Loss.");
        g.RequireEdge(UsesTechnique, Paper, "BoltPolicy", Technique, "ZZ-GRPO");
        g.RequireEdge(UsesTechnique, Paper, "BoltPolicy", Technique, "Soft Margin Loss");
    }

    [Test]
    public void ForDomainGivesAppliedTo()
    {
        var g = ExtractionHarness.Graph("Ana: The third paper, GraphMender, uses graph neural networks for drug discovery.");
        g.RequireEdge(AppliedTo, Paper, "GraphMender", Domain, "drug discovery");
        g.RequireEdge(UsesTechnique, Paper, "GraphMender", Technique, "graph neural networks");
    }

    [TestCase("Ana: Next up is ShelfScan. It matters for healthcare, retail and manufacturing.", "retail")]
    [TestCase("Ana: Next up is ShelfScan. Think digital humans for entertainment.", "entertainment")]
    [TestCase("1. **ShelfScan** brings shelf monitoring to retail, logistics and healthcare.", "retail")]
    [TestCase("We present ShelfScan, a detector for retail.", "retail")]
    public void ABroadDomainCountsInAListOfDomainsOrAfterFor(string snippet, string domain)
    {
        var g = ExtractionHarness.Graph(snippet);
        g.RequireEdge(AppliedTo, Paper, "ShelfScan", Domain, domain);
    }

    [Test]
    public void ABroadDomainWordAloneIsNoDomain()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is ShelfScan. The retail price is high and the marketing is loud.");
        Assert.That(g.AnyNamed("retail"), Is.Empty, g.Describe());
        Assert.That(g.AnyNamed("marketing"), Is.Empty, g.Describe());
    }

    [TestCase("Ana: Next up is PhotonPose from ByteDance.", "PhotonPose", "ByteDance")]
    [TestCase("Ana: Then there's Google's NeedleCam, a tiny camera model.", "NeedleCam", "Google")]
    [TestCase("Ana: Next up is FernNet, a model out of Tencent for weather forecasting.", "FernNet", "Tencent")]
    [TestCase("Ana: Next up is Kestrel 2.0 from Alibaba.", "Kestrel 2.0", "Alibaba")]
    [TestCase("Ana: Next up is OrbitVLA, Google's new policy for robotic manipulation.", "OrbitVLA", "Google")]
    [TestCase("Ana: We've got MarlinTTS - Amazon's latest speech model.", "MarlinTTS", "Amazon")]
    [TestCase("We present GlyphNet, Baidu's open model for handwriting recognition.", "GlyphNet", "Baidu")]
    public void MakerCuesGiveDevelopedBy(string snippet, string paper, string org)
    {
        var g = ExtractionHarness.Graph(snippet);
        g.RequireEdge(DevelopedBy, Paper, paper, Organization, org);
        Assert.That(g.FindEdge(DevelopedBy, Organization, org, Paper, paper), Is.Null, "developed_by points from the work to its maker");
    }

    [Test]
    public void APossessiveThatNamesItsOwnProductDoesNotMakeTheListedPaperItsWork()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is OrbitVLA. We compared OrbitVLA, Google's Gemini and ChatGPT.");
        g.RequireEdge(DevelopedBy, Product, "Gemini", Organization, "Google");
        Assert.That(g.FindEdge(DevelopedBy, Paper, "OrbitVLA", Organization, "Google"), Is.Null, g.Describe());
    }

    [Test]
    public void AnOrganizationListedAmongProductsCompetesWithThem()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is VoiceRay. We use it on Zoom, Teams, Google Meet every day.");
        g.RequireEdge(CompetesWith, Organization, "Zoom", Product, "Microsoft Teams");
        g.RequireEdge(CompetesWith, Organization, "Zoom", Product, "Google Meet");
        g.RequireEdge(CompetesWith, Product, "Microsoft Teams", Product, "Google Meet");
        AssertSymmetricEdgesStoredOnce(g);
    }

    [Test]
    public void TheMakerOfAListedProductDoesNotCompeteWithIt()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is VoiceRay. Microsoft, Teams and Google Meet all ship summaries.");
        g.RequireEdge(CompetesWith, Product, "Microsoft Teams", Product, "Google Meet");
        Assert.That(g.FindEdge(CompetesWith, Organization, "Microsoft", Product, "Microsoft Teams"), Is.Null, g.Describe());
    }

    [Test]
    public void RivalsListedTogetherCompeteInEveryPairOnce()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is ClipCast. Its rivals are HeyGen, Synthesia and Colossyan.");
        g.RequireEdge(CompetesWith, Organization, "HeyGen", Organization, "Synthesia");
        g.RequireEdge(CompetesWith, Organization, "HeyGen", Organization, "Colossyan");
        g.RequireEdge(CompetesWith, Organization, "Synthesia", Organization, "Colossyan");
        AssertSymmetricEdgesStoredOnce(g);
    }

    [Test]
    public void CompetesWithAKnownProductLinksThePaperAndTheProduct()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is FernNet, a model out of Tencent. It competes with GraphCast.");
        g.RequireEdge(CompetesWith, Paper, "FernNet", Product, "GraphCast");
        AssertSymmetricEdgesStoredOnce(g);
    }

    [Test]
    public void AProductListCompetesPairwise()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is VoiceRay. We use it on Teams, Google Meet every day.");
        g.RequireEdge(CompetesWith, Product, "Microsoft Teams", Product, "Google Meet");
        AssertSymmetricEdgesStoredOnce(g);
    }

    [Test]
    public void CompetesWithOrderIsTheSameWhateverTheListOrder()
    {
        var a = ExtractionHarness.Graph("Ana: Next up is ClipCast. Its rivals are HeyGen, Synthesia and Colossyan.");
        var b = ExtractionHarness.Graph("Ana: Next up is ClipCast. Its rivals are Colossyan, Synthesia and HeyGen.");
        static List<string> Pairs(KnowledgeGraph g) =>
            [.. g.Edges.Where(e => e.Relation == CompetesWith).Select(e => e.Source + " " + e.Target)];
        Assert.That(Pairs(b), Is.EqualTo(Pairs(a)));
    }

    private static void AssertSymmetricEdgesStoredOnce(KnowledgeGraph g)
    {
        var pairs = g.Edges.Where(e => e.Relation == CompetesWith).Select(e => (e.Source, e.Target)).ToList();
        Assert.That(pairs.All(p => string.CompareOrdinal(p.Source, p.Target) < 0), Is.True, "competes_with is stored source < target");
        Assert.That(pairs.Select(p => (p.Target, p.Source)).Intersect(pairs), Is.Empty);
    }
}
