using System.Text;
using Cartograph.Extraction;
using Cartograph.Graph;
using Cartograph.Partials;
using NUnit.Framework;

namespace Cartograph.Tests.Partials;

/// <summary>
/// A partial graph keeps the rules of each relation by name, so that an update or a merge gives every edge the rules
/// a full build gives it; a name it does not know is a bad record, not a rule silently dropped.
/// </summary>
[TestFixture]
public sealed class PartialRulesTests
{
    private static DocumentExtraction Document()
    {
        var doc = new DocumentExtraction("doc", "hash");
        doc.Sentences.Add(new EvidenceSentence(1, null, "Meta has released Llama 2."));
        doc.Entities.Add(new ExtractedEntity(EntityType.Product, "Llama 2", "llama 2", fromLexicon: true));
        doc.Entities.Add(new ExtractedEntity(EntityType.Organization, "Meta", "meta", fromLexicon: true));
        doc.Relations.Add(new ExtractedRelation(0, Relation.DevelopedBy, 1, 0, RelationOrigin.ReleaseVerb | RelationOrigin.MakerNamedBeside));
        return doc;
    }

    private static string Line(DocumentExtraction doc) => Encoding.UTF8.GetString(PartialWriter.Serialize(doc));

    [Test]
    public void ARelationsRulesAreWrittenByNameAndReadBack()
    {
        string line = Line(Document());
        Assert.That(line, Does.Contain("[0,\"developed_by\",1,0,[\"maker-named-beside\",\"release-verb\"]]"));
        var read = PartialRecordParser.Parse(Encoding.UTF8.GetBytes(line.TrimEnd('\n')));
        Assert.That(read.Relations.Single().Origin, Is.EqualTo(RelationOrigin.ReleaseVerb | RelationOrigin.MakerNamedBeside));
    }

    [Test]
    public void ARelationNoRuleIsKnownForIsWrittenWithoutTheListAndReadAsUnrecorded()
    {
        var doc = Document();
        doc.Relations[0] = doc.Relations[0] with { Origin = RelationOrigin.Unrecorded };
        string line = Line(doc);
        Assert.That(line, Does.Contain("[0,\"developed_by\",1,0]"));
        Assert.That(PartialRecordParser.Parse(Encoding.UTF8.GetBytes(line)).Relations.Single().Origin, Is.EqualTo(RelationOrigin.Unrecorded));
    }

    [Test]
    public void AnUnknownRuleIsABadRecord()
    {
        string line = Line(Document()).Replace("\"release-verb\"", "\"gut-feeling\"", StringComparison.Ordinal);
        Assert.That(() => PartialRecordParser.Parse(Encoding.UTF8.GetBytes(line)),
            Throws.InstanceOf<FormatException>().With.Message.Contains("unknown rule 'gut-feeling'"));
    }
}
