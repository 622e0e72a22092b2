using System.Text.Json;
using Cartograph.Extraction;
using Cartograph.Graph;

namespace Cartograph.Partials;

/// <summary>
/// Reads a partial graph back, one document at a time, so a merge holds one document per shard in
/// memory. Anything malformed is an <see cref="InvalidDataException"/> naming the file and line.
/// </summary>
public sealed class PartialReader : IDisposable
{
    private readonly StreamReader _reader;
    private readonly string _path;
    private int _line;
    private string? _lastId;

    public PartialReader(string path)
    {
        _path = path;
        _reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));
        string? header = _reader.ReadLine();
        _line = 1;
        if (header is null) throw Bad("the file is empty, not a Cartograph partial graph");
        try
        {
            using var doc = JsonDocument.Parse(header);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String
                || format.GetString() != PartialFormat.Name)
                throw Bad($"not a Cartograph partial graph (the first line must be a {PartialFormat.Name} header)");
            if (!root.TryGetProperty("version", out var version) || !version.TryGetInt32(out int v) || v != PartialFormat.Version)
                throw Bad($"unsupported partial graph version (this Cartograph reads version {PartialFormat.Version})");
        }
        catch (JsonException ex)
        {
            throw Bad("not a Cartograph partial graph: " + ex.Message);
        }
    }

    public string Path => _path;

    /// <summary>The next document, or null at the end of the file.</summary>
    public DocumentExtraction? Next()
    {
        string? line;
        do
        {
            line = _reader.ReadLine();
            _line++;
            if (line is null) return null;
        } while (line.Length == 0);
        DocumentExtraction doc;
        try
        {
            using var json = JsonDocument.Parse(line);
            doc = Parse(json.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException
            or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            throw Bad("malformed document record: " + ex.Message);
        }
        if (_lastId is not null && string.CompareOrdinal(_lastId, doc.DocumentId) > 0)
            throw Bad($"document '{doc.DocumentId}' comes after '{_lastId}': partials are sorted by document id (write them with 'cartograph extract')");
        _lastId = doc.DocumentId;
        return doc;
    }

    private static DocumentExtraction Parse(JsonElement root)
    {
        var doc = new DocumentExtraction(root.GetProperty("id").GetString()!, root.GetProperty("hash").GetString()!);
        foreach (var s in root.GetProperty("sentences").EnumerateArray())
        {
            var speaker = s[1];
            doc.Sentences.Add(new EvidenceSentence(s[0].GetInt32(),
                speaker.ValueKind == JsonValueKind.Null ? null : speaker.GetString(), s[2].GetString()!));
        }
        foreach (var e in root.GetProperty("entities").EnumerateArray())
        {
            if (!EntityTypeNames.TryParse(e.GetProperty("type").GetString()!, out var type))
                throw new FormatException($"unknown entity type '{e.GetProperty("type").GetString()}'");
            bool lexicon = e.TryGetProperty("lexicon", out var lex) && lex.GetBoolean();
            var entity = new ExtractedEntity(type, e.GetProperty("label").GetString()!, e.GetProperty("key").GetString()!, lexicon);
            if (e.TryGetProperty("maker", out var maker)) entity.Maker = maker.GetString();
            if (e.TryGetProperty("aliases", out var aliases))
                foreach (var a in aliases.EnumerateArray()) entity.Aliases.Add(a.GetString()!);
            foreach (var m in e.GetProperty("mentions").EnumerateArray()) entity.Mentions.Add(SentenceIndex(doc, m));
            doc.Entities.Add(entity);
        }
        foreach (var r in root.GetProperty("relations").EnumerateArray())
        {
            if (!RelationNames.TryParse(r[1].GetString()!, out var relation))
                throw new FormatException($"unknown relation '{r[1].GetString()}'");
            doc.Relations.Add(new ExtractedRelation(EntityIndex(doc, r[0]), relation, EntityIndex(doc, r[2]), SentenceIndex(doc, r[3])));
        }
        foreach (var p in root.GetProperty("papers").EnumerateArray())
        {
            int? domain = p[1].ValueKind == JsonValueKind.Null ? null : EntityIndex(doc, p[1]);
            var rivalry = new List<int>();
            foreach (var s in p[2].EnumerateArray()) rivalry.Add(SentenceIndex(doc, s));
            doc.Papers.Add(new PaperContext(EntityIndex(doc, p[0]), domain, rivalry));
        }
        return doc;
    }

    private static int SentenceIndex(DocumentExtraction doc, JsonElement e)
    {
        int i = e.GetInt32();
        if ((uint)i >= (uint)doc.Sentences.Count) throw new FormatException($"sentence {i} out of range");
        return i;
    }

    private static int EntityIndex(DocumentExtraction doc, JsonElement e)
    {
        int i = e.GetInt32();
        if ((uint)i >= (uint)doc.Entities.Count) throw new FormatException($"entity {i} out of range");
        return i;
    }

    private InvalidDataException Bad(string message) => new($"{_path}:{_line}: {message}");

    public void Dispose() => _reader.Dispose();
}
