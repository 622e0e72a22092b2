using System.Text;
using Cartograph.Extraction;
using Cartograph.Graph;
using Cartograph.Lexicons;
using Cartograph.Reading;
using Cartograph.Resolution;
using NUnit.Framework;

namespace Cartograph.Tests.Extraction;

/// <summary>Spec-style cases: a snippet in, the nodes and edges it must and must not yield.</summary>
public class ExtractionSpecTests
{
    private static KnowledgeGraph GraphOf(string text)
    {
        var read = new DocumentReader().Read(Encoding.UTF8.GetBytes(text), "snippet.txt", "snippet");
        Assert.That(read.Document, Is.Not.Null, read.Problem?.Message);
        return new EntityResolver().Resolve([new DocumentExtractor(Lexicon.Default).Extract(read.Document!)]);
    }

    private static bool HasNode(KnowledgeGraph g, EntityType type, string name) =>
        g.Vertices.Any(v => v.Type == type && (v.Label == name || v.Aliases.Contains(name)));

    private static bool HasEdge(KnowledgeGraph g, string source, Relation relation, string target) =>
        g.Edges.Any(e => e.Relation == relation && e.Source == source && e.Target == target);

    private const string Transcript =
        "Maya: Alright, first up we've got QuillNet from Anthropic - a dataset for code review.\n\n" +
        "Theo: [laughs] What's the trick?\n\n" +
        "Maya: They use contrastive learning and a Gradient Echo Loss. Most systems do late fusion, but not this.\n\n" +
        "Theo: Does it compare to GitHub Copilot or ChatGPT?\n\n" +
        "Maya: Next up is Orbit-Bench, a benchmark for robotics and warehouse automation.\n";

    [Test]
    public void Coined_and_introduced_names_are_papers()
    {
        var g = GraphOf(Transcript);
        Assert.That(HasNode(g, EntityType.Paper, "QuillNet"), Is.True);
        Assert.That(HasNode(g, EntityType.Paper, "Orbit-Bench"), Is.True);
    }

    [Test]
    public void Method_names_by_head_noun_are_techniques()
    {
        Assert.That(HasNode(GraphOf(Transcript), EntityType.Technique, "Gradient Echo Loss"), Is.True);
    }

    [Test]
    public void Speakers_and_stage_directions_are_never_entities()
    {
        var g = GraphOf(Transcript);
        Assert.That(g.Vertices.Any(v => v.Label is "Maya" or "Theo" or "laughs" or "[laughs]"), Is.False);
    }

    [Test]
    public void Techniques_named_in_a_papers_segment_belong_to_it_but_contrasts_do_not()
    {
        var g = GraphOf(Transcript);
        Assert.That(HasEdge(g, "paper:quillnet", Relation.UsesTechnique, "technique:contrastive-learning"), Is.True);
        Assert.That(g.Edges.Any(e => e.Target == "technique:late-fusion"), Is.False);
    }

    [Test]
    public void Domains_of_a_segment_are_applied_to_its_paper_only()
    {
        var g = GraphOf(Transcript);
        Assert.That(HasEdge(g, "paper:orbit-bench", Relation.AppliedTo, "domain:robotics"), Is.True);
        Assert.That(HasEdge(g, "paper:quillnet", Relation.AppliedTo, "domain:robotics"), Is.False);
    }

    [Test]
    public void From_an_organization_is_developed_by()
    {
        Assert.That(HasEdge(GraphOf(Transcript), "paper:quillnet", Relation.DevelopedBy, "organization:anthropic"), Is.True);
    }

    [Test]
    public void Listed_products_compete_once_per_pair_in_stable_order()
    {
        var g = GraphOf("Dana: Would you pick Gemini, ChatGPT or Claude for this?\n");
        var competes = g.Edges.Where(e => e.Relation == Relation.CompetesWith).ToList();
        Assert.That(competes, Has.Count.EqualTo(3));
        Assert.That(competes.All(e => string.CompareOrdinal(e.Source, e.Target) < 0), Is.True);
    }

    [Test]
    public void Acronym_and_expansion_are_one_node()
    {
        var g = GraphOf("The approach is called Sparse Token Routing Attention - STRA. STRA is fast.\n");
        var nodes = g.Vertices.Where(v => v.Label.Contains("Sparse") || v.Aliases.Contains("STRA")).ToList();
        Assert.That(nodes, Has.Count.EqualTo(1));
        Assert.That(nodes[0].Aliases, Does.Contain("STRA"));
    }

    [Test]
    public void A_version_and_the_bare_name_are_one_node()
    {
        var g = GraphOf("Kai: We've got Lumora 2.5 from ByteDance today.\n\nJo: That Lumora model looks good.\n");
        Assert.That(g.Vertices.Count(v => v.Label.StartsWith("Lumora", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(HasEdge(g, "paper:lumora-2.5", Relation.DevelopedBy, "organization:bytedance"), Is.True);
    }

    [Test]
    public void Plural_case_and_hyphen_variants_are_one_node()
    {
        var g = GraphOf("Diffusion transformers beat the diffusion-transformer baseline. A Diffusion Transformer is used.\n");
        Assert.That(g.Vertices.Count(v => v.Id == "technique:diffusion-transformer"), Is.EqualTo(1));
        Assert.That(g.Vertices.Count(v => v.Type == EntityType.Technique && v.Label.Contains("iffusion")), Is.EqualTo(1));
    }

    [Test]
    public void Everyday_words_need_case_and_context()
    {
        var g = GraphOf("I ate an apple and paid attention to the meta question.\n");
        Assert.That(g.VertexCount, Is.Zero);
    }

    [Test]
    public void A_quoted_title_is_a_paper()
    {
        Assert.That(HasNode(GraphOf("Ro: \"Folding the Laundry Right\" is the title, and it is about robots.\n"), EntityType.Paper, "Folding the Laundry Right"), Is.True);
    }

    [Test]
    public void A_newsletter_and_an_abstract_yield_papers_and_products()
    {
        var newsletter = "# AI Digest\n\n## 1. [HexaGen](https://example.org) is next\n\nHexaGen uses a diffusion transformer for video generation.\n\n- OpenAI shipped Sora to more users.\n";
        var g = GraphOf(newsletter);
        Assert.That(HasNode(g, EntityType.Paper, "HexaGen"), Is.True, "paper");
        Assert.That(HasNode(g, EntityType.Product, "Sora"), Is.True, "product " + string.Join(",", g.Vertices.Select(v => v.Id)));
        Assert.That(HasEdge(g, "product:sora", Relation.DevelopedBy, "organization:openai"), Is.True);

        var abstractText = "VoxelMind: Scaling Spatial Reasoning\n\nWe present VoxelMind, a multimodal large language model for robotics. It is trained with reinforcement learning.\n";
        var a = GraphOf(abstractText);
        Assert.That(HasNode(a, EntityType.Technique, "reinforcement learning"), Is.True);
        Assert.That(HasNode(a, EntityType.Domain, "robotics"), Is.True);
    }

    [Test]
    public void Every_edge_carries_evidence()
    {
        foreach (var e in GraphOf(Transcript).Edges)
        {
            Assert.That(e.Evidence, Is.Not.Empty);
            Assert.That(e.Evidence.All(x => x.Document == "snippet" && x.Line > 0 && x.Quote.Length > 0), Is.True);
        }
    }
}
