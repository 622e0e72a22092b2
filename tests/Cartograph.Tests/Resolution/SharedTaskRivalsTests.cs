using Cartograph.Tests.Extraction;
using NUnit.Framework;
using static Cartograph.Graph.EntityType;
using static Cartograph.Graph.Relation;

namespace Cartograph.Tests.Resolution;

/// <summary>
/// "There's plenty of competition in that space": a rivalry cue that names no rival links the paper to the other
/// papers introduced for the same task, in any document, with the cue sentence as evidence; a task that many papers
/// share is a field, not a race, and links nothing.
/// </summary>
[TestFixture]
public sealed class SharedTaskRivalsTests
{
    private const string Cue = "There's plenty of competition in that space.";

    private static string Introduce(string paper, bool cue = false) =>
        $"Ana: Next up is {paper}, a new model for drug discovery.\nBen: {paper} screens molecules fast.{(cue ? " " + Cue : "")}\n";

    [Test]
    public void AnUnnamedRivalryLinksThePapersOfTheSameTask()
    {
        var g = ExtractionHarness.Graph(Introduce("TileMint", cue: true), Introduce("ZephyrDock"), Introduce("QuillBind"));
        var edge = g.RequireEdge(CompetesWith, Paper, "TileMint", Paper, "ZephyrDock");
        Assert.That(edge.Evidence.Select(e => e.Quote), Does.Contain(Cue), g.Describe());
        g.RequireEdge(CompetesWith, Paper, "TileMint", Paper, "QuillBind");
        Assert.That(g.FindEdge(CompetesWith, Paper, "ZephyrDock", Paper, "QuillBind"), Is.Null, "neither of them met the cue");
    }

    [Test]
    public void TheSameCueReadTwiceCountsOnce()
    {
        var g = ExtractionHarness.Graph(Introduce("TileMint", cue: true), Introduce("ZephyrDock"), Introduce("ZephyrDock"));
        Assert.That(g.RequireEdge(CompetesWith, Paper, "TileMint", Paper, "ZephyrDock").Weight, Is.EqualTo(1), g.Describe());
    }

    [Test]
    public void ATaskSharedByMoreThanEightPapersLinksNone()
    {
        string[] names = ["TileMint", "ZephyrDock", "QuillBind", "MorrowFold", "KestrelDock", "BrambleNet", "CinderBind", "DuneScreen", "EmberLig"];
        var g = ExtractionHarness.Graph([Introduce(names[0], cue: true), .. names[1..].Select(n => Introduce(n))]);
        foreach (var n in names) g.Require(Paper, n);
        Assert.That(g.Edges.Where(e => e.Relation == CompetesWith), Is.Empty, g.Describe());
    }

    [Test]
    public void EightPapersOfATaskAreStillARace()
    {
        string[] names = ["TileMint", "ZephyrDock", "QuillBind", "MorrowFold", "KestrelDock", "BrambleNet", "CinderBind", "DuneScreen"];
        var g = ExtractionHarness.Graph([Introduce(names[0], cue: true), .. names[1..].Select(n => Introduce(n))]);
        foreach (var n in names[1..]) g.RequireEdge(CompetesWith, Paper, names[0], Paper, n);
    }
}
