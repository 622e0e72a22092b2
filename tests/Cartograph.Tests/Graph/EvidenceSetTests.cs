using Cartograph.Graph;
using Cartograph.Resolution;
using NUnit.Framework;

namespace Cartograph.Tests.Graph;

/// <summary>The quotes of a node or edge: a set in (document, line, quote, speaker) order.</summary>
[TestFixture]
public sealed class EvidenceSetTests
{
    private static Evidence Quote(string doc, int line, string text = "q") => new(doc, line, null, text);

    [Test]
    public void QuotesAreKeptInDocumentThenLineOrderWhateverOrderTheyCameIn()
    {
        var set = new EvidenceSet();
        foreach (var e in new[] { Quote("b", 1), Quote("a", 9), Quote("a", 2), Quote("c", 0), Quote("a", 2, "other") })
            set.Add(e);
        Assert.That(set.Select(e => $"{e.Document}:{e.Line}:{e.Quote}"),
            Is.EqualTo(new[] { "a:2:other", "a:2:q", "a:9:q", "b:1:q", "c:0:q" }));
        Assert.That(set.Min, Is.EqualTo(Quote("a", 2, "other")));
        Assert.That(set.Max, Is.EqualTo(Quote("c", 0)));
    }

    [Test]
    public void AnEqualQuoteIsAddedOnce()
    {
        var set = new EvidenceSet();
        Assert.That(set.Add(Quote("a", 1)), Is.True);
        Assert.That(set.Add(Quote("a", 1)), Is.False);
        Assert.That(set, Has.Count.EqualTo(1));
        Assert.That(set.Contains(Quote("a", 1)), Is.True);
    }

    [Test]
    public void RemovingKeepsTheRestInOrder()
    {
        var set = new EvidenceSet();
        for (int line = 5; line > 0; line--) set.Add(Quote("a", line));
        Assert.That(set.Remove(Quote("a", 3)), Is.True);
        Assert.That(set.Remove(Quote("a", 3)), Is.False);
        Assert.That(set.Select(e => e.Line), Is.EqualTo(new[] { 1, 2, 4, 5 }));
    }

    [Test]
    public void ASingleQuoteIsItsOwnMinAndMaxAndCanBeRemoved()
    {
        var set = new EvidenceSet();
        set.Add(Quote("b", 1));
        Assert.That(set.Min, Is.SameAs(set.Max));
        Assert.That(set.Items.ToArray(), Is.EqualTo(new[] { Quote("b", 1) }));
        Assert.That(set.Remove(Quote("b", 1)), Is.True);
        Assert.That(set, Is.Empty);
        set.Add(Quote("b", 2));
        set.Add(Quote("a", 7));
        Assert.That(set.Select(e => e.Document + e.Line), Is.EqualTo(new[] { "a7", "b2" }));
    }

    [Test]
    public void AnEmptySetHasNoMinOrMax()
    {
        var set = new EvidenceSet();
        Assert.That(set.Min, Is.Null);
        Assert.That(set.Max, Is.Null);
        Assert.That(set.Items.Length, Is.Zero);
    }

    [Test]
    public void ACappedSetKeepsTheSmallestQuotesWhateverOrderTheyCameIn()
    {
        var quotes = Enumerable.Range(0, 20).Select(i => Quote("doc" + (i % 7), i)).ToList();
        var forward = new EvidenceSet();
        var backward = new EvidenceSet();
        foreach (var q in quotes) GraphAccumulator.AddCapped(forward, q);
        foreach (var q in Enumerable.Reverse(quotes)) GraphAccumulator.AddCapped(backward, q);
        var expected = quotes.Order().Take(GraphAccumulator.MaxEvidence).ToList();
        Assert.That(forward, Is.EqualTo(expected));
        Assert.That(backward, Is.EqualTo(expected));
    }
}
