using NUnit.Framework;
using static Cartograph.Graph.EntityType;

namespace Cartograph.Tests.Extraction;

/// <summary>Words that look like names but are not entities of the map.</summary>
[TestFixture]
public sealed class NonEntityTests
{
    [Test]
    public void SpeakersAreNeverEntities()
    {
        var g = ExtractionHarness.Graph("Ana: Hi Ben, good to see you.\nBen: Hi Ana. Next up is TileMint.\nAna: TileMint uses knowledge distillation.");
        Assert.That(g.AnyNamed("Ana"), Is.Empty, g.Describe());
        Assert.That(g.AnyNamed("Ben"), Is.Empty, g.Describe());
        g.Require(Paper, "TileMint");
    }

    [TestCase("(laughs)")]
    [TestCase("[inaudible]")]
    [TestCase("[music]")]
    [TestCase("[crosstalk]")]
    [TestCase("(Applause)")]
    public void StageDirectionsAreNeverEntities(string direction)
    {
        var g = ExtractionHarness.Graph($"Ana: Next up is TileMint.\nBen: {direction} TileMint is good.");
        string word = direction.Trim('(', ')', '[', ']');
        Assert.That(g.AnyNamed(word), Is.Empty, g.Describe());
        Assert.That(g.Vertices.Select(v => v.Label), Is.EqualTo(new[] { "TileMint" }), g.Describe());
    }

    [Test]
    public void LowerCaseAppleTheFruitIsNoNode()
    {
        var g = ExtractionHarness.Graph("Ana: I had an apple for lunch while reading about vision transformers.");
        Assert.That(g.AnyNamed("apple"), Is.Empty, g.Describe());
    }

    [Test]
    public void AppleTheCompanyIsAnOrganization()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is CoreLens from Apple.");
        g.Require(Organization, "Apple");
        g.RequireEdge(Cartograph.Graph.Relation.DevelopedBy, Paper, "CoreLens", Organization, "Apple");
    }

    [Test]
    public void AppleFruitAndCompanyInOneDocumentCountOnlyTheCompany()
    {
        var g = ExtractionHarness.Graph("Ana: I ate an apple while reading it. The apple was red. Next up is CoreLens from Apple.");
        Assert.That(g.Require(Organization, "Apple").Mentions, Is.EqualTo(1), g.Describe());
    }

    [Test]
    public void CapitalisedAppleTheFruitAtSentenceStartIsNoNode()
    {
        var g = ExtractionHarness.Graph("Ana: Apple pie is my favourite. Apple trees grow slowly. Apples are cheap. Next up is CoreLens from Apple.");
        Assert.That(g.Require(Organization, "Apple").Mentions, Is.EqualTo(1), g.Describe());
    }

    [TestCase("Ben: Apple released a new chip for on-device inference.")]
    [TestCase("Ben: Apple's new chip runs small models.")]
    [TestCase("Ben: Apple, Google and Meta all build small models.")]
    [TestCase("**Ben:** \\[00:10\\] Apple is betting on on-device models.")]
    [TestCase("## News\n\nApple announced a small model for phones.")]
    public void AppleTheCompanyAtSentenceStartIsKnownByItsContext(string snippet) =>
        ExtractionHarness.Graph(snippet).Require(Organization, "Apple");

    [Test]
    public void OtherEverydayWordNamesAtSentenceStartNeedContextToo()
    {
        var g = ExtractionHarness.Graph("Ben: Zoom in on the chart. Runway lights were on. Meta just released a model.");
        Assert.That(g.AnyNamed("Zoom"), Is.Empty, g.Describe());
        Assert.That(g.AnyNamed("Runway"), Is.Empty, g.Describe());
        g.Require(Organization, "Meta");
    }

    [Test]
    public void TheAcronymOfABroadFieldIsNoDomainOnItsOwn()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is ShelfScan. Everyone is deploying AI and ML at the edge, and the streaming system is fast.");
        Assert.That(g.AnyNamed("artificial intelligence"), Is.Empty, g.Describe());
        Assert.That(g.AnyNamed("machine learning"), Is.Empty, g.Describe());
        Assert.That(g.AnyNamed("streaming"), Is.Empty, g.Describe());
    }

    [Test]
    public void CommonCapitalisedWordsAtSentenceStartAreNotPapers()
    {
        var g = ExtractionHarness.Graph("Ana: Thanks. Right. Anyway, Today is a good day. Honestly, Great stuff.");
        Assert.That(g.VertexCount, Is.Zero, g.Describe());
    }
}
