using Cartograph.Graph;
using NUnit.Framework;
using static Cartograph.Graph.EntityType;
using static Cartograph.Graph.Relation;

namespace Cartograph.Tests.Extraction;

/// <summary>A "**Name:**" podcast with \[mm:ss\] timestamps and three speakers.</summary>
[TestFixture]
public sealed class PodcastTranscriptTests
{
    private KnowledgeGraph _g = null!;

    [OneTimeSetUp]
    public void Extract() => _g = ExtractionHarness.Graph(Snippets.ThreeSpeakerPodcast);

    [Test]
    public void TheThirdPaperCommaNameIsAPaper() => _g.Require(Paper, "LumaTok");

    [Test]
    public void AQuotedTitleFollowedByIsTheTitleIsAPaper() => _g.Require(Paper, "Reading Between the Frames");

    [Test]
    public void ExactlyTheTwoPapersAreFound() =>
        Assert.That(_g.Labels(Paper), Is.EquivalentTo(new[] { "LumaTok", "Reading Between the Frames" }), _g.Describe());

    [Test]
    public void ACapitalisedNameEndingInLossIsATechnique() => _g.Require(Technique, "Frame Gap Loss");

    [Test]
    public void TheLossIsUsedByThePaperOfItsSegment()
    {
        _g.RequireEdge(UsesTechnique, Paper, "Reading Between the Frames", Technique, "Frame Gap Loss");
        Assert.That(_g.FindEdge(UsesTechnique, Paper, "LumaTok", Technique, "Frame Gap Loss"), Is.Null);
    }

    [Test]
    public void TheTitledPaperIsFromMetaAndAppliedToSignLanguage()
    {
        _g.RequireEdge(DevelopedBy, Paper, "Reading Between the Frames", Organization, "Meta");
        _g.RequireEdge(AppliedTo, Paper, "Reading Between the Frames", Domain, "sign language translation");
    }

    [Test]
    public void TheThirdPaperIsAppliedToVideoGeneration() =>
        _g.RequireEdge(AppliedTo, Paper, "LumaTok", Domain, "video generation");

    [Test]
    public void ARivalListGivesOneCompetesWithEdgePerPair()
    {
        string[] rivals = ["HeyGen", "Synthesia", "Runway"];
        foreach (var a in rivals)
        foreach (var b in rivals)
        {
            if (string.CompareOrdinal(a, b) >= 0) continue;
            _g.RequireEdge(CompetesWith, Organization, a, Organization, b);
        }
        var pairs = _g.Edges.Where(e => e.Relation == CompetesWith).Select(e => (e.Source, e.Target)).ToList();
        Assert.That(pairs, Is.Unique);
        Assert.That(pairs.Select(p => (p.Target, p.Source)).Intersect(pairs), Is.Empty, "a pair is stored in both directions");
        Assert.That(pairs.All(p => string.CompareOrdinal(p.Source, p.Target) < 0), Is.True, "symmetric edges are stored source < target");
    }

    [Test]
    public void NoSpeakerIsAnEntity()
    {
        foreach (var speaker in new[] { "Priya", "Sam", "Dana" })
            Assert.That(_g.AnyNamed(speaker), Is.Empty, speaker + "\n" + _g.Describe());
    }

    [Test]
    public void TimestampsAndTheShowNameAreNotEntities()
    {
        Assert.That(_g.Vertices.Where(n => n.Label.Contains(':') || n.Label.Contains('[')), Is.Empty, _g.Describe());
        Assert.That(_g.AnyNamed("Lab Notes"), Is.Empty, _g.Describe());
    }

    [Test]
    public void ZeroShotAndFewShotAsPeopleSayThemAreTheLearningTechniques()
    {
        var g = ExtractionHarness.Graph("Chris: They're showing these zero-shot results, and in that case it was sort of few-shot, with a couple of examples.");
        g.Require(Technique, "zero-shot learning");
        g.Require(Technique, "few-shot learning");
        Assert.That(g.AnyNamed("zero-shot results"), Is.Empty, g.Describe());
    }
}
