using Cartograph.Partials;
using Cartograph.Tests.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Partials;

/// <summary>
/// A partial graph read with read-ahead (a thread parsing records ahead of the fold) gives the same documents in
/// the same order as one read in turn, and reports a bad record in its place, with its line.
/// </summary>
[TestFixture]
public sealed class PartialReaderTests
{
    private static string CommittedPartial => Path.Combine(RepoPaths.Root, "out", PartialFormat.BuildFileName);

    private static List<string> ReadAll(string path, bool readAhead)
    {
        var seen = new List<string>();
        using var reader = new PartialReader(path, readAhead);
        while (reader.Next() is { } doc)
            seen.Add($"{doc.DocumentId} {doc.ContentHash} {doc.Sentences.Count} {doc.Entities.Count} {doc.Relations.Count} {doc.Papers.Count}");
        return seen;
    }

    [Test]
    public void ReadAheadGivesTheSameDocumentsInTheSameOrder()
    {
        var inTurn = ReadAll(CommittedPartial, readAhead: false);
        Assert.That(inTurn, Is.Not.Empty);
        Assert.That(ReadAll(CommittedPartial, readAhead: true), Is.EqualTo(inTurn));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void ABadRecordComesAfterTheGoodOnesBeforeItAndNamesItsLine(bool readAhead)
    {
        using var tmp = new TempDir();
        var lines = File.ReadAllLines(CommittedPartial);
        Assume.That(lines.Length, Is.GreaterThanOrEqualTo(3), "the committed partial holds a header and two documents");
        string broken = tmp.File("broken.partial.jsonl");
        // header, two good records, a blank line, then a record cut in half on line 5
        File.WriteAllLines(broken, [lines[0], lines[1], lines[2], "", lines[1][..(lines[1].Length / 2)]]);

        using var reader = new PartialReader(broken, readAhead);
        Assert.That(reader.Next(), Is.Not.Null);
        Assert.That(reader.Next(), Is.Not.Null);
        Assert.That(() => reader.Next(), Throws.TypeOf<InvalidDataException>()
            .With.Message.StartsWith($"{broken}:5: malformed document record"));
    }

    [Test]
    public void DisposingBeforeTheEndStopsTheReadAhead()
    {
        using var tmp = new TempDir();
        var lines = File.ReadAllLines(CommittedPartial);
        string many = tmp.File("many.partial.jsonl");
        // more records than the read-ahead holds, so its thread is left waiting for room
        File.WriteAllLines(many, [lines[0], .. Enumerable.Repeat(lines[1], PartialReader.ReadAheadDocuments * 3)]);

        var reader = new PartialReader(many, readAhead: true);
        Assert.That(reader.Next(), Is.Not.Null);
        // the read-ahead thread may be waiting for room to hand over its next record: disposing must end it
        var disposed = Task.Run(reader.Dispose);
        Assert.That(disposed.Wait(TimeSpan.FromSeconds(30)), Is.True, "Dispose returned");
    }
}
