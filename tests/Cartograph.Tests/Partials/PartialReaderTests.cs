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
    public void ARecordsPropertiesMayComeInAnyOrderAndUnknownOnesAreSkipped()
    {
        using var tmp = new TempDir();
        var lines = File.ReadAllLines(CommittedPartial);
        var record = System.Text.Json.Nodes.JsonNode.Parse(lines[1])!.AsObject();
        var reordered = new System.Text.Json.Nodes.JsonObject { ["note"] = new System.Text.Json.Nodes.JsonArray(1, "two", null) };
        foreach (var (name, value) in record.Reverse().ToList()) reordered[name] = value?.DeepClone();
        string path = tmp.File("reordered.partial.jsonl");
        File.WriteAllLines(path, [lines[0], lines[1], reordered.ToJsonString()]);

        using var reader = new PartialReader(path);
        var original = reader.Next()!;
        var again = reader.Next()!;
        Assert.Multiple(() =>
        {
            Assert.That(again.DocumentId, Is.EqualTo(original.DocumentId));
            Assert.That(again.Sentences.Select(x => (x.Line, x.Speaker, x.Quote)), Is.EqualTo(original.Sentences.Select(x => (x.Line, x.Speaker, x.Quote))));
            Assert.That(again.Entities.Select(e => (e.Type, e.Label, e.Key, string.Join("|", e.Aliases), string.Join(",", e.Mentions))),
                Is.EqualTo(original.Entities.Select(e => (e.Type, e.Label, e.Key, string.Join("|", e.Aliases), string.Join(",", e.Mentions)))));
            Assert.That(again.Relations, Is.EqualTo(original.Relations));
            Assert.That(again.Papers.Select(p => (p.Paper, p.IntroDomain, string.Join(",", p.RivalrySentences))),
                Is.EqualTo(original.Papers.Select(p => (p.Paper, p.IntroDomain, string.Join(",", p.RivalrySentences)))));
        });
    }

    [TestCase("{\"id\":\"a\"}", "'hash' is missing")]
    [TestCase("{\"id\":\"a\",\"hash\":\"h\",\"sentences\":[],\"entities\":[],\"relations\":[[0,\"uses_technique\",1,0]],\"papers\":[]}", "entity 0 out of range")]
    [TestCase("{\"id\":\"a\",\"hash\":\"h\",\"sentences\":[],\"entities\":[],\"relations\":[],\"papers\":[]} x", "malformed document record")]
    public void ARecordThatIsNotWholeIsMalformed(string record, string says)
    {
        using var tmp = new TempDir();
        string path = tmp.File("bad.partial.jsonl");
        File.WriteAllLines(path, [File.ReadLines(CommittedPartial).First(), record]);
        using var reader = new PartialReader(path);
        Assert.That(() => reader.Next(), Throws.TypeOf<InvalidDataException>()
            .With.Message.StartsWith($"{path}:2: malformed document record").And.Message.Contains(says));
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

    [Test]
    public void APartialEndsWithTheCountAndDigestOfItsDocumentLines()
    {
        var lines = File.ReadAllLines(CommittedPartial);
        var end = System.Text.Json.JsonDocument.Parse(lines[^1]).RootElement;
        Assert.That(end.GetProperty("end").GetString(), Is.EqualTo(PartialFormat.EndMarker));
        Assert.That(end.GetProperty("documents").GetInt32(), Is.EqualTo(lines.Length - 2));
        string digest = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Concat(lines[1..^1].Select(l => l + "\n")))));
        Assert.That(end.GetProperty("digest").GetString(), Is.EqualTo(digest));
        Assert.That(ReadAll(CommittedPartial, readAhead: true), Has.Count.EqualTo(lines.Length - 2), "a whole partial reads to its end");
    }

    [TestCase(false)]
    [TestCase(true)]
    public void APartialCutAtALineBoundaryFailsAtItsEndInsteadOfEndingEarly(bool readAhead)
    {
        using var tmp = new TempDir();
        var lines = File.ReadAllLines(CommittedPartial);
        string cut = tmp.File("cut.partial.jsonl");
        File.WriteAllLines(cut, lines[..3]);
        using var reader = new PartialReader(cut, readAhead);
        Assert.That(reader.Next(), Is.Not.Null);
        Assert.That(reader.Next(), Is.Not.Null);
        Assert.That(() => reader.Next(), Throws.TypeOf<InvalidDataException>()
            .With.Message.Contains("truncated: the file ends after 2 document(s) without its end record"));
    }
}
