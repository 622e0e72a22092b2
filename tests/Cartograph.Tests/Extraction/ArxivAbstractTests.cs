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
}
