using System.Text.Json;
using Cartograph.Extraction;
using Cartograph.Graph;

namespace Cartograph.Partials;

/// <summary>
/// One document record of a partial graph (as <see cref="PartialWriter"/> writes it) back into a
/// <see cref="DocumentExtraction"/>, read token by token from its UTF-8 bytes. Properties may come in any order
/// and unknown ones are skipped; indices are checked once the record is whole. Bad data throws
/// <see cref="FormatException"/>, or <see cref="JsonException"/> / <see cref="InvalidOperationException"/> from the
/// JSON reader.
/// </summary>
internal static class PartialRecordParser
{
    public static DocumentExtraction Parse(ReadOnlySpan<byte> utf8)
    {
        var r = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 16 });
        Expect(ref r, JsonTokenType.StartObject);
        string? id = null, hash = null;
        List<EvidenceSentence>? sentences = null;
        List<ExtractedEntity>? entities = null;
        List<ExtractedRelation>? relations = null;
        List<PaperContext>? papers = null;
        while (Next(ref r) != JsonTokenType.EndObject)
        {
            if (r.ValueTextEquals("id"u8)) id = ReadString(ref r);
            else if (r.ValueTextEquals("hash"u8)) hash = ReadString(ref r);
            else if (r.ValueTextEquals("sentences"u8)) sentences = ReadList(ref r, Sentence);
            else if (r.ValueTextEquals("entities"u8)) entities = ReadList(ref r, Entity);
            else if (r.ValueTextEquals("relations"u8)) relations = ReadList(ref r, RelationOf);
            else if (r.ValueTextEquals("papers"u8)) papers = ReadList(ref r, Paper);
            else SkipValue(ref r);
        }
        if (r.Read()) throw new FormatException("more text after the record");
        var doc = new DocumentExtraction(id ?? throw Missing("id"), hash ?? throw Missing("hash"));
        doc.Sentences.AddRange(sentences ?? throw Missing("sentences"));
        foreach (var e in entities ?? throw Missing("entities"))
        {
            foreach (int m in e.Mentions) CheckSentence(doc, m);
            doc.Entities.Add(e);
        }
        foreach (var relation in relations ?? throw Missing("relations"))
        {
            CheckEntity(doc, relation.Source);
            CheckEntity(doc, relation.Target);
            CheckSentence(doc, relation.Sentence);
        }
        doc.Relations.AddRange(relations);
        foreach (var paper in papers ?? throw Missing("papers"))
        {
            CheckEntity(doc, paper.Paper);
            if (paper.IntroDomain is int domain) CheckEntity(doc, domain);
            foreach (int s in paper.RivalrySentences) CheckSentence(doc, s);
        }
        doc.Papers.AddRange(papers);
        return doc;
    }

    /// <summary>Reads one item of a list, the reader on the item's first token.</summary>
    private delegate T ItemReader<T>(ref Utf8JsonReader r);

    /// <summary>A JSON list, each item read by <paramref name="item"/>.</summary>
    private static List<T> ReadList<T>(ref Utf8JsonReader r, ItemReader<T> item)
    {
        var list = new List<T>();
        Expect(ref r, JsonTokenType.StartArray);
        while (Next(ref r) != JsonTokenType.EndArray) list.Add(item(ref r));
        return list;
    }

    private static EvidenceSentence Sentence(ref Utf8JsonReader r)
    {
        Is(ref r, JsonTokenType.StartArray, "a sentence");
        int line = ReadInt(ref r);
        string? speaker = ReadString(ref r);
        string quote = ReadString(ref r) ?? throw new FormatException("a sentence without its quote");
        SkipRest(ref r);
        return new EvidenceSentence(line, speaker, quote);
    }

    private static ExtractedEntity Entity(ref Utf8JsonReader r)
    {
        Is(ref r, JsonTokenType.StartObject, "an entity");
        string? typeName = null, label = null, key = null, maker = null;
        bool lexicon = false;
        List<string>? aliases = null;
        List<int>? mentions = null;
        while (Next(ref r) != JsonTokenType.EndObject)
        {
            if (r.ValueTextEquals("type"u8)) typeName = ReadString(ref r);
            else if (r.ValueTextEquals("label"u8)) label = ReadString(ref r);
            else if (r.ValueTextEquals("key"u8)) key = ReadString(ref r);
            else if (r.ValueTextEquals("maker"u8)) maker = ReadString(ref r);
            else if (r.ValueTextEquals("lexicon"u8))
            {
                r.Read();
                lexicon = r.GetBoolean();
            }
            else if (r.ValueTextEquals("aliases"u8)) aliases = ReadList(ref r, Name);
            else if (r.ValueTextEquals("mentions"u8)) mentions = ReadList(ref r, Int);
            else SkipValue(ref r);
        }
        if (!EntityTypeNames.TryParse(typeName ?? throw Missing("type"), out var type))
            throw new FormatException($"unknown entity type '{typeName}'");
        var entity = new ExtractedEntity(type, label ?? throw Missing("label"), key ?? throw Missing("key"), lexicon) { Maker = maker };
        if (aliases is not null) foreach (var a in aliases) entity.Aliases.Add(a);
        entity.Mentions.AddRange(mentions ?? throw Missing("mentions"));
        return entity;
    }

    private static ExtractedRelation RelationOf(ref Utf8JsonReader r)
    {
        Is(ref r, JsonTokenType.StartArray, "a relation");
        int source = ReadInt(ref r);
        string? name = ReadString(ref r);
        if (!RelationNames.TryParse(name ?? throw new FormatException("a relation without its name"), out var relation))
            throw new FormatException($"unknown relation '{name}'");
        int target = ReadInt(ref r);
        int sentence = ReadInt(ref r);
        var origin = RelationOrigin.Unrecorded;
        if (Next(ref r) == JsonTokenType.StartArray)
        {
            while (Next(ref r) != JsonTokenType.EndArray) origin |= Rule(ref r);
            SkipRest(ref r);
        }
        else if (r.TokenType != JsonTokenType.EndArray) throw new FormatException("a relation's rules must be a list of names");
        // (a relation without the list is one no rule is known for)
        return new ExtractedRelation(source, relation, target, sentence, origin);
    }

    /// <summary>One rule's name, compared as UTF-8 (no string per relation).</summary>
    private static RelationOrigin Rule(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.String)
        {
            var names = RelationOrigins.Utf8Names;
            for (int i = 0; i < names.Length; i++)
                if (r.ValueTextEquals(names[i])) return RelationOrigins.All[i];
        }
        throw new FormatException($"unknown rule {(r.TokenType == JsonTokenType.String ? "'" + r.GetString() + "'" : r.TokenType.ToString())}");
    }

    private static PaperContext Paper(ref Utf8JsonReader r)
    {
        Is(ref r, JsonTokenType.StartArray, "a paper");
        int paper = ReadInt(ref r);
        Value(ref r);
        int? domain = r.TokenType == JsonTokenType.Null ? null : r.GetInt32();
        var rivalry = ReadList(ref r, Int);
        SkipRest(ref r);
        return new PaperContext(paper, domain, rivalry);
    }

    private static string Name(ref Utf8JsonReader r) => r.GetString() ?? throw new FormatException("null in a list of names");

    private static int Int(ref Utf8JsonReader r) => r.GetInt32();

    /// <summary>Skips the value of the property the reader is on.</summary>
    private static void SkipValue(ref Utf8JsonReader r)
    {
        r.Read();
        r.Skip();
    }

    private static string? ReadString(ref Utf8JsonReader r)
    {
        Value(ref r);
        return r.GetString();
    }

    private static int ReadInt(ref Utf8JsonReader r)
    {
        Value(ref r);
        return r.GetInt32();
    }

    /// <summary>Moves to the next value of the array being read; an array that ends first is too short.</summary>
    private static void Value(ref Utf8JsonReader r)
    {
        if (Next(ref r) is JsonTokenType.EndArray or JsonTokenType.EndObject) throw new FormatException("a list is shorter than its record needs");
    }

    /// <summary>Skips the values left in the array being read, up to its end.</summary>
    private static void SkipRest(ref Utf8JsonReader r)
    {
        while (Next(ref r) != JsonTokenType.EndArray) r.Skip();
    }

    private static JsonTokenType Next(ref Utf8JsonReader r) =>
        r.Read() ? r.TokenType : throw new FormatException("the record ends too soon");

    private static void Expect(ref Utf8JsonReader r, JsonTokenType type)
    {
        Next(ref r);
        Is(ref r, type, type == JsonTokenType.StartObject ? "an object" : "a list");
    }

    private static void Is(ref Utf8JsonReader r, JsonTokenType type, string what)
    {
        if (r.TokenType != type) throw new FormatException($"{what} was expected, not {r.TokenType}");
    }

    private static FormatException Missing(string property) => new($"'{property}' is missing");

    private static void CheckSentence(DocumentExtraction doc, int i)
    {
        if ((uint)i >= (uint)doc.Sentences.Count) throw new FormatException($"sentence {i} out of range");
    }

    private static void CheckEntity(DocumentExtraction doc, int i)
    {
        if ((uint)i >= (uint)doc.Entities.Count) throw new FormatException($"entity {i} out of range");
    }
}
