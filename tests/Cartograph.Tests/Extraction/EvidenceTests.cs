using Cartograph.Graph;
using NUnit.Framework;

namespace Cartograph.Tests.Extraction;

/// <summary>Every edge and node carries where it was seen: document, line, speaker (when there is one) and the quote.</summary>
[TestFixture]
public sealed class EvidenceTests
{
    private static IEnumerable<TestCaseData> StyleSnippets()
    {
        yield return new TestCaseData(Snippets.TwoHostTranscript, true).SetArgDisplayNames("two-host transcript");
        yield return new TestCaseData(Snippets.ThreeSpeakerPodcast, true).SetArgDisplayNames("three-speaker podcast");
        yield return new TestCaseData(Snippets.NewsletterDigest, false).SetArgDisplayNames("newsletter digest");
        yield return new TestCaseData(Snippets.ArxivAbstract, false).SetArgDisplayNames("arXiv abstract");
    }

    [TestCaseSource(nameof(StyleSnippets))]
    public void EveryEdgeHasDocumentLineSpeakerAndQuote(string snippet, bool? hasSpeakers)
    {
        var g = ExtractionHarness.Graph(snippet);
        var lines = snippet.Split('\n');
        foreach (var e in g.Edges)
        {
            Assert.That(e.Evidence, Is.Not.Empty, $"{e.Source} -{e.Relation.Name()}-> {e.Target}");
            foreach (var ev in e.Evidence) AssertEvidence(ev, lines, hasSpeakers);
        }
    }

    [TestCaseSource(nameof(StyleSnippets))]
    public void EveryNodeHasEvidence(string snippet, bool? hasSpeakers)
    {
        var g = ExtractionHarness.Graph(snippet);
        var lines = snippet.Split('\n');
        foreach (var n in g.Vertices)
        {
            Assert.That(n.Evidence, Is.Not.Empty, n.Id);
            foreach (var ev in n.Evidence) AssertEvidence(ev, lines, hasSpeakers);
        }
    }

    [TestCaseSource(nameof(StyleSnippets))]
    public void AnExtractionKeepsOnlyTheSentencesThatBackSomethingAndPointsAtThem(string snippet, bool? _)
    {
        var x = ExtractionHarness.Extract(snippet);
        var used = new SortedSet<int>();
        foreach (var e in x.Entities) used.UnionWith(e.Mentions);
        foreach (var r in x.Relations) used.Add(r.Sentence);
        foreach (var p in x.Papers) used.UnionWith(p.RivalrySentences);

        Assert.That(used, Is.EqualTo(Enumerable.Range(0, x.Sentences.Count)), "every kept sentence is used, and every index is a kept sentence");
        Assert.That(x.Sentences.Select(s => s.Line), Is.Ordered, "in document order");
        var lines = snippet.Split('\n');
        // the quote is the sentence on its line, with markup and spacing cleaned: compare the words
        foreach (var s in x.Sentences) Assert.That(Words(lines[s.Line - 1]), Does.Contain(Words(s.Quote.TrimEnd('\u2026'))));
    }

    private static string Words(string text) => new([.. text.Where(char.IsLetterOrDigit)]);

    [Test]
    public void EvidenceNamesTheSpeakerAndTheLineOfTheSentence()
    {
        var g = ExtractionHarness.Graph(Snippets.TwoHostTranscript);
        var e = g.RequireEdge(Relation.DevelopedBy, EntityType.Paper, "QuillNet", EntityType.Organization, "ByteDance");
        var ev = e.Evidence.Single();
        Assert.That(ev.Document, Is.EqualTo("snippet"));
        Assert.That(ev.Line, Is.EqualTo(3));
        Assert.That(ev.Speaker, Is.EqualTo("Maya"));
        Assert.That(ev.Quote, Is.EqualTo("First up is QuillNet, from ByteDance."));
    }

    [Test]
    public void PodcastEvidenceHasTheBoldSpeakerWithoutMarkupOrTimestamp()
    {
        var g = ExtractionHarness.Graph(Snippets.ThreeSpeakerPodcast);
        var e = g.RequireEdge(Relation.AppliedTo, EntityType.Paper, "LumaTok", EntityType.Domain, "video generation");
        var ev = e.Evidence.First();
        Assert.That(ev.Speaker, Is.EqualTo("Sam"));
        Assert.That(ev.Line, Is.EqualTo(3));
        Assert.That(ev.Quote, Does.Not.Contain("**").And.Not.Contain("00:41"));
        Assert.That(ev.Quote, Does.Contain("LumaTok"));
    }

    private static void AssertEvidence(Evidence ev, string[] lines, bool? hasSpeakers)
    {
        Assert.That(ev.Document, Is.EqualTo("snippet"));
        Assert.That(ev.Line, Is.InRange(1, lines.Length));
        Assert.That(ev.Quote, Is.Not.Empty);
        if (hasSpeakers == true) Assert.That(ev.Speaker, Is.Not.Null.And.Not.Empty, ev.ToString());
        else if (hasSpeakers == false) Assert.That(ev.Speaker, Is.Null, ev.ToString());
        // the quote is the sentence, taken from the line it names
        string firstWords = string.Join(' ', ev.Quote.Split(' ').Take(2)).TrimEnd('\u2026');
        Assert.That(lines[ev.Line - 1].Replace("**", "").Replace("\\", ""), Does.Contain(firstWords), ev.ToString());
    }
}
