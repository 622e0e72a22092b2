using Cartograph.Graph;
using NUnit.Framework;
using static Cartograph.Graph.EntityType;
using static Cartograph.Graph.Relation;

namespace Cartograph.Tests.Extraction;

/// <summary>A "Name: text" transcript with two hosts.</summary>
[TestFixture]
public sealed class TwoHostTranscriptTests
{
    private KnowledgeGraph _g = null!;

    [OneTimeSetUp]
    public void Extract() => _g = ExtractionHarness.Graph(Snippets.TwoHostTranscript);

    [Test]
    public void FindsTheThreePapersByTheirCoinedNames()
    {
        Assert.That(_g.Labels(Paper), Is.EquivalentTo(new[] { "QuillNet", "OrbitVLA", "StitchGS" }), _g.Describe());
    }

    [Test]
    public void FirstUpPaperFromByteDanceIsDevelopedByByteDance() =>
        _g.RequireEdge(DevelopedBy, Paper, "QuillNet", Organization, "ByteDance");

    [Test]
    public void TheAppositivePossessiveGivesDevelopedBy()
    {
        _g.RequireEdge(DevelopedBy, Paper, "OrbitVLA", Organization, "Google");
        Assert.That(_g.FindEdge(DevelopedBy, Paper, "QuillNet", Organization, "Google"), Is.Null);
    }

    [Test]
    public void EachPaperUsesTheTechniqueOfItsOwnSegment()
    {
        _g.RequireEdge(UsesTechnique, Paper, "QuillNet", Technique, "contrastive learning");
        _g.RequireEdge(UsesTechnique, Paper, "OrbitVLA", Technique, "reinforcement learning");
        _g.RequireEdge(UsesTechnique, Paper, "StitchGS", Technique, "Gaussian splatting");
        Assert.That(_g.FindEdge(UsesTechnique, Paper, "QuillNet", Technique, "reinforcement learning"), Is.Null);
        Assert.That(_g.FindEdge(UsesTechnique, Paper, "StitchGS", Technique, "contrastive learning"), Is.Null);
    }

    [Test]
    public void EachPaperIsAppliedToItsOwnDomain()
    {
        _g.RequireEdge(AppliedTo, Paper, "QuillNet", Domain, "handwriting recognition");
        _g.RequireEdge(AppliedTo, Paper, "OrbitVLA", Domain, "robotic manipulation");
        _g.RequireEdge(AppliedTo, Paper, "StitchGS", Domain, "3D reconstruction");
        Assert.That(_g.FindEdge(AppliedTo, Paper, "QuillNet", Domain, "robotic manipulation"), Is.Null);
    }

    [Test]
    public void ContrastedLateFusionIsNotAttributedToThePaper()
    {
        var late = _g.Find(Technique, "late fusion");
        if (late is not null)
            Assert.That(_g.Edges.Where(e => e.Target == late.Id && e.Relation == UsesTechnique), Is.Empty, _g.Describe());
    }

    [Test]
    public void TheSecondHostIsNotAnEntity() => Assert.That(_g.AnyNamed("Theo"), Is.Empty, _g.Describe());

    [Test]
    public void TheStageDirectionIsNotAnEntity() => Assert.That(_g.AnyNamed("laughs"), Is.Empty, _g.Describe());
}
