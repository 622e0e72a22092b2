using Cartograph.Extraction;
using Cartograph.Graph;
using Cartograph.Resolution;
using NUnit.Framework;

namespace Cartograph.Tests.Resolution;

/// <summary>
/// Quotes folded from a document carry their rank among its sentences, so that ordering them never
/// decodes their text. The order must be exactly the one their text gives.
/// </summary>
[TestFixture]
public sealed class DocumentQuotesTests
{
    private static readonly (int Line, string? Speaker, string Quote)[] Sentences =
    [
        (3, "Lily", "Zebra crossings are next."),
        (1, "Chris", "We start here."),
        (3, "Lily", "Apples come first on line three."),
        (3, null, "Apples come first on line three."),
        (2, "Chris", "Ünïcode sorts by code unit."),
        (2, "Chris", "Plain text sorts before it."),
        (3, "Lily", "Zebra crossings are next."),
    ];

    private static List<Evidence> Folded((int Line, string? Speaker, string Quote)[] sentences, string id = "doc")
    {
        var doc = new DocumentExtraction(id, "hash-" + id);
        foreach (var (line, speaker, quote) in sentences) doc.Sentences.Add(new EvidenceSentence(line, speaker, quote));
        var quotes = new DocumentQuotes(doc, new Dictionary<string, string>(StringComparer.Ordinal), new QuoteArena());
        return [.. Enumerable.Range(0, sentences.Length).Select(quotes.Of)];
    }

    private static List<Evidence> Plain((int Line, string? Speaker, string Quote)[] sentences, string id = "doc") =>
        [.. sentences.Select(s => new Evidence(id, s.Line, s.Speaker, s.Quote))];

    [Test]
    public void FoldedQuotesSortAsTheirTextDoes()
    {
        var folded = Folded(Sentences).Order().Select(e => e.ToString());
        var plain = Plain(Sentences).Order().Select(e => e.ToString());
        Assert.That(folded, Is.EqualTo(plain));
    }

    [Test]
    public void SentencesOutOfLineOrderAreRankedAsWell()
    {
        var shuffled = Sentences.Reverse().ToArray();
        Assert.That(Folded(shuffled).Order().Select(e => e.ToString()), Is.EqualTo(Plain(shuffled).Order().Select(e => e.ToString())));
    }

    [Test]
    public void TheSameSentenceTwiceIsOneQuote()
    {
        var folded = Folded(Sentences);
        Assert.That(folded[0], Is.EqualTo(folded[6]));
        var set = new EvidenceSet();
        foreach (var e in folded) set.Add(e);
        Assert.That(set, Has.Count.EqualTo(Sentences.Length - 1));
    }

    [Test]
    public void FoldedAndPlainQuotesCompareConsistently()
    {
        var folded = Folded(Sentences);
        var plain = Plain(Sentences);
        for (int i = 0; i < Sentences.Length; i++)
            for (int j = 0; j < Sentences.Length; j++)
                Assert.That(Math.Sign(folded[i].CompareTo(plain[j])), Is.EqualTo(Math.Sign(plain[i].CompareTo(plain[j]))), $"{i} vs {j}");
    }

    [Test]
    public void TwoDocumentsWithOneIdCompareByTextNotByRank()
    {
        var first = Folded([(1, null, "b")]);
        var second = Folded([(1, null, "a"), (1, null, "c")]);
        Assert.That(first[0].CompareTo(second[0]), Is.GreaterThan(0));
        Assert.That(first[0].CompareTo(second[1]), Is.LessThan(0));
    }

    [Test]
    public void LongAndManyQuotesReadBackWhole()
    {
        // a quote longer than a quarter of an arena chunk gets its own array; many short ones span chunks
        string longQuote = string.Concat(Enumerable.Repeat("Ünïcode and ASCII, ", 20_000));
        var sentences = Enumerable.Range(0, 30_000).Select(i => (i + 1, (string?)null, $"Sentence {i} says something about café {i % 7}."))
            .Append((40_000, null, longQuote)).ToArray();
        var folded = Folded(sentences);
        Assert.That(folded.Select(e => e.Quote), Is.EqualTo(sentences.Select(s => s.Item3)));
    }

    [Test]
    public void AFoldedQuoteReadsBackAsItsText()
    {
        var folded = Folded(Sentences);
        Assert.That(folded.Select(e => e.Quote), Is.EqualTo(Sentences.Select(s => s.Quote)));
        Assert.That(folded.Select(e => e.Speaker), Is.EqualTo(Sentences.Select(s => s.Speaker)));
    }
}
