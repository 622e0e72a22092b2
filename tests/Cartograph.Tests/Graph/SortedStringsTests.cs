using Cartograph.Graph;
using NUnit.Framework;

namespace Cartograph.Tests.Graph;

/// <summary>A node's documents and aliases: a set of strings in ordinal order.</summary>
[TestFixture]
public sealed class SortedStringsTests
{
    [Test]
    public void StringsAreKeptInOrdinalOrderOnceEach()
    {
        var set = new SortedStrings();
        foreach (var s in new[] { "b", "B", "a", "b", "ä", "a" }) set.Add(s);
        Assert.That(set, Is.EqualTo(new[] { "B", "a", "b", "ä" }));
        Assert.That(set.Min, Is.EqualTo("B"));
        Assert.That(set.Max, Is.EqualTo("ä"));
    }

    [Test]
    public void AUnionIsTheSameSetAsAddingOneByOne()
    {
        var one = new SortedStrings();
        var many = new SortedStrings();
        string[] first = ["doc3", "doc1"], second = ["doc2", "doc1", "doc10"];
        foreach (var s in first.Concat(second)) one.Add(s);
        many.UnionWith(first);
        many.UnionWith(second);
        Assert.That(many, Is.EqualTo(one));
        Assert.That(many, Is.EqualTo(new[] { "doc1", "doc10", "doc2", "doc3" }));
    }

    [Test]
    public void RemovingAndLookingUpUseOrdinalComparison()
    {
        var set = new SortedStrings();
        set.UnionWith(["x", "y", "z"]);
        Assert.That(set.Contains("Y"), Is.False);
        Assert.That(set.Remove("y"), Is.True);
        Assert.That(set.Remove("y"), Is.False);
        Assert.That(set, Is.EqualTo(new[] { "x", "z" }));
    }
}
