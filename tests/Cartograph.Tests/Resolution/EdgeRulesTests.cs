using System.Text.Json;
using Cartograph.Extraction;
using Cartograph.Graph;
using Cartograph.Query;
using Cartograph.Resolution;
using Cartograph.Tests.Extraction;
using Cartograph.Tests.Writing;
using Cartograph.Writing;
using NUnit.Framework;
using static Cartograph.Graph.EntityType;
using static Cartograph.Graph.Relation;

namespace Cartograph.Tests.Resolution;

/// <summary>
/// Each edge records the rules (or the model) that made it: the rule of every relation folded into it, from any
/// document, each once, whatever the order the documents come in. A rule marks only the edges it made.
/// </summary>
[TestFixture]
public sealed class EdgeRulesTests
{
    private const string Abstract = "Ferrite: Light Segmentation\n\nWe propose Ferrite, a light model trained with knowledge distillation. Experiments show that Ferrite outperforms GrapeNet.\n";

    [Test]
    public void AnEdgeCarriesTheRuleThatMadeIt()
    {
        var g = ExtractionHarness.Graph(Abstract);
        Assert.That(g.RequireEdge(UsesTechnique, Paper, "Ferrite", Technique, "knowledge distillation").Rules,
            Is.EqualTo(RelationOrigin.SegmentPaper | RelationOrigin.AppositiveDescription), "the paper discussed, described by its appositive");
        Assert.That(g.RequireEdge(CompetesWith, Paper, "Ferrite", Paper, "GrapeNet").Rules, Is.EqualTo(RelationOrigin.RivalryCue));
    }

    [Test]
    public void AnEdgeDoesNotCarryTheRuleOfAnotherEdgeOfItsSentence()
    {
        var g = ExtractionHarness.Graph(Abstract);
        var rivalry = g.RequireEdge(CompetesWith, Paper, "Ferrite", Paper, "GrapeNet");
        Assert.That(rivalry.Rules & RelationOrigin.SegmentPaper, Is.EqualTo(RelationOrigin.Unrecorded), g.Describe());
        Assert.That(g.Edges.Where(e => e.Rules == RelationOrigin.Unrecorded), Is.Empty, "every edge extraction makes names a rule");
    }

    [Test]
    public void ARelationReadByTwoRulesCarriesBothAndIsCountedOnce()
    {
        var g = ExtractionHarness.Graph("Meta has released Llama 2.\n");
        var made = g.RequireEdge(DevelopedBy, Product, "Llama 2", Organization, "Meta");
        Assert.That(made.Rules, Is.EqualTo(RelationOrigin.ReleaseVerb | RelationOrigin.MakerNamedBeside));
        Assert.That(made.Weight, Is.EqualTo(1), "one sentence, however many rules read it");
    }

    [Test]
    public void RepeatsOfARelationMergeIntoOneWithEveryRuleButOtherSentencesStaySeparate()
    {
        List<ExtractedRelation> relations =
        [
            new(0, DevelopedBy, 1, 3, RelationOrigin.ReleaseVerb),
            new(0, DevelopedBy, 1, 4, RelationOrigin.MakerCue),
            new(0, DevelopedBy, 1, 3, RelationOrigin.MakerNamedBeside),
            new(0, DevelopedBy, 1, 3, RelationOrigin.ReleaseVerb),
        ];
        ExtractedRelation.MergeRepeats(relations);
        Assert.That(relations, Is.EqualTo(new ExtractedRelation[]
        {
            new(0, DevelopedBy, 1, 3, RelationOrigin.ReleaseVerb | RelationOrigin.MakerNamedBeside),
            new(0, DevelopedBy, 1, 4, RelationOrigin.MakerCue),
        }));
    }

    [Test]
    public void AnEdgeOfSeveralDocumentsCarriesTheRulesOfEachWhateverTheirOrder()
    {
        var defined = ExtractionHarness.Extract("Llama 2 is a large language model from Meta.\n", "a");
        var released = ExtractionHarness.Extract("Meta has released Llama 2.\n", "b");
        foreach (var order in new[] { new[] { defined, released }, [released, defined] })
        {
            var g = new EntityResolver().Resolve(order);
            Assert.That(g.RequireEdge(DevelopedBy, Product, "Llama 2", Organization, "Meta").Rules,
                Is.EqualTo(RelationOrigin.DefinedAsMadeBy | RelationOrigin.MakerNamedBeside | RelationOrigin.ReleaseVerb));
        }
    }

    [Test]
    public void AnotherRelationBetweenTheSameTwoNodesKeepsOnlyItsOwnRules()
    {
        var doc = new DocumentExtraction("doc", "hash");
        doc.Sentences.Add(new EvidenceSentence(1, null, "Zoom, Teams and Google Meet."));
        doc.Entities.Add(new ExtractedEntity(Product, "Zoom", "zoom", fromLexicon: true));
        doc.Entities.Add(new ExtractedEntity(Product, "Teams", "teams", fromLexicon: true));
        doc.Relations.Add(new ExtractedRelation(0, CompetesWith, 1, 0, RelationOrigin.ListedRivals));
        doc.Relations.Add(new ExtractedRelation(0, DevelopedBy, 1, 0, RelationOrigin.MakerCue));
        var fold = new GraphAccumulator();
        fold.TryAdd(doc);
        var g = fold.ToGraph();
        Assert.That(g.Edges.Single(e => e.Relation == CompetesWith).Rules, Is.EqualTo(RelationOrigin.ListedRivals));
        Assert.That(g.Edges.Single(e => e.Relation == DevelopedBy).Rules, Is.EqualTo(RelationOrigin.MakerCue));
    }

    [Test]
    public void WithoutAPaperTheProductAStretchIsAboutRivalsWhatItBeatsByItsOwnRule()
    {
        var g = ExtractionHarness.Graph("Google launched Gemini this week.\n\nGemini is trained on text, images and audio. Gemini runs on phones too. It beats GPT-4 on many benchmarks.\n");
        Assert.That(g.RequireEdge(CompetesWith, Product, "Gemini", Product, "GPT-4").Rules, Is.EqualTo(RelationOrigin.RivalsOfTheTopic));
    }

    [Test]
    public void ARivalryResolvedAcrossDocumentsCarriesTheSharedTaskRule()
    {
        static string Introduce(string paper, string cue = "") =>
            $"Ana: Next up is {paper}, a new model for drug discovery.\nBen: {paper} screens molecules fast.{cue}\n";
        var g = ExtractionHarness.Graph(Introduce("TileMint", " There's plenty of competition in that space."), Introduce("ZephyrDock"));
        Assert.That(g.RequireEdge(CompetesWith, Paper, "TileMint", Paper, "ZephyrDock").Rules, Is.EqualTo(RelationOrigin.SharedTaskRivals));
        Assert.That(g.Edges.Where(e => e.Relation != CompetesWith).Select(e => e.Rules), Has.None.EqualTo(RelationOrigin.SharedTaskRivals)
            .And.Not.Empty, "the papers' own relations are the segment's");
    }

    [Test]
    public void TheWrittenGraphNamesEachEdgesRulesSortedAndLeavesOutNone()
    {
        // the tiny graph: uses_technique made by two rules, developed_by by one, applied_to by none (made by hand)
        var g = TestGraphs.Tiny();
        using var json = new MemoryStream();
        JsonGraphWriter.Write(g, TestGraphs.Meta, json);
        var edges = JsonDocument.Parse(json.ToArray()).RootElement.GetProperty("edges").EnumerateArray()
            .ToDictionary(e => e.GetProperty("relation").GetString()!, e => e.GetProperty("rules").EnumerateArray().Select(r => r.GetString()).ToArray());
        Assert.That(edges["uses_technique"], Is.EqualTo(new[] { "attribution-model", "segment-paper" }));
        Assert.That(edges["developed_by"], Is.EqualTo(new[] { "maker-cue" }));
        Assert.That(edges["applied_to"], Is.Empty);

        using var graphml = new MemoryStream();
        GraphMlWriter.Write(g, TestGraphs.Meta, graphml);
        string xml = System.Text.Encoding.UTF8.GetString(graphml.ToArray());
        Assert.That(xml, Does.Contain("<data key=\"rules\">attribution-model|segment-paper</data>"));
        Assert.That(xml.Split("<data key=\"rules\">").Length - 1, Is.EqualTo(2), "no empty rules on the edge without any");
    }

    [Test]
    public void AGraphJsonReadBackKeepsItsRulesAndRejectsAnUnknownOne()
    {
        using var dir = new TempDir();
        string path = dir.File("graph.json");
        using (var file = File.Create(path)) JsonGraphWriter.Write(TestGraphs.Tiny(), TestGraphs.Meta, file);
        var (read, _, _) = GraphJsonReader.Read(path);
        Assert.That(read.Edges.Select(e => (e.Relation, e.Rules)), Is.EqualTo(TestGraphs.Tiny().Edges.Select(e => (e.Relation, e.Rules))));

        File.WriteAllText(path, File.ReadAllText(path).Replace("\"maker-cue\"", "\"gut-feeling\"", StringComparison.Ordinal));
        Assert.That(() => GraphJsonReader.Read(path), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("unknown rule 'gut-feeling'"));
    }

    [Test]
    public void EveryEdgeOfTheCommittedSeedsGraphNamesItsRules()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "out", "graph.json")));
        var rules = doc.RootElement.GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("rules").EnumerateArray().Select(r => r.GetString()!).ToArray()).ToList();
        Assert.That(rules, Is.Not.Empty);
        Assert.That(rules, Has.None.Empty);
        Assert.That(rules.SelectMany(r => r).Distinct(), Is.SubsetOf(RelationOrigins.All.Select(o => o.Name())));
    }
}
