using System.Text.Json;
using Cartograph.Extraction;
using Cartograph.Graph;

namespace Cartograph.Partials;

/// <summary>
/// Reads a partial graph back, one document at a time, so a merge holds a bounded number of documents
/// per shard in memory. Anything malformed is an <see cref="InvalidDataException"/> naming the file and line.
/// <para>
/// With read-ahead, a thread of the reader's own reads and parses the records ahead of the caller (at most
/// <see cref="ReadAheadDocuments"/> of them), so parsing runs beside the caller's folding: an update reads back
/// the whole graph it adds to. The records, and any error, still reach the caller in file order.
/// </para>
/// </summary>
public sealed class PartialReader : IDisposable
{
    /// <summary>Parsed documents a reader with read-ahead holds at most, waiting for the caller.</summary>
    public const int ReadAheadDocuments = 64;

    private readonly StreamReader _reader;
    private readonly string _path;
    private int _line; // the line of the record last handed out, for messages
    private int _readLine; // the line last read (by the read-ahead thread, when there is one)
    private string? _lastId;
    private readonly System.Collections.Concurrent.BlockingCollection<Record>? _ahead;
    private readonly CancellationTokenSource? _stop;
    private readonly Thread? _thread;

    /// <summary>One record as read: the document, or why it could not be read (bad data, or the file failing), and its line.</summary>
    private readonly record struct Record(int Line, DocumentExtraction? Document, string? Problem, System.Runtime.ExceptionServices.ExceptionDispatchInfo? Failure = null);

    public PartialReader(string path, bool readAhead = false)
    {
        _path = path;
        _reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));
        string? header = _reader.ReadLine();
        _line = _readLine = 1;
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
        if (!readAhead) return;
        _ahead = new(ReadAheadDocuments);
        _stop = new CancellationTokenSource();
        _thread = new Thread(ReadAhead) { IsBackground = true, Name = "cartograph-partial" };
        _thread.Start();
    }

    public string Path => _path;

    /// <summary>The next document, or null at the end of the file.</summary>
    public DocumentExtraction? Next()
    {
        var record = _ahead is null ? ReadRecord() : TakeAhead();
        if (record is not { } r) return null;
        _line = r.Line;
        r.Failure?.Throw();
        if (r.Problem is not null) throw Bad(r.Problem);
        var doc = r.Document!;
        if (_lastId is not null && string.CompareOrdinal(_lastId, doc.DocumentId) > 0)
            throw Bad($"document '{doc.DocumentId}' comes after '{_lastId}': partials are sorted by document id (write them with 'cartograph extract')");
        _lastId = doc.DocumentId;
        return doc;
    }

    // waits for the thread's next record; false once it has ended the collection after the last one
    // (or after the first that could not be read)
    private Record? TakeAhead() => _ahead!.TryTake(out var record, Timeout.Infinite) ? record : null;

    /// <summary>The read-ahead thread: every record in file order, then the end.</summary>
    private void ReadAhead()
    {
        try
        {
            while (ReadRecord() is { } record)
            {
                _ahead!.Add(record, _stop!.Token);
                if (record.Problem is not null || record.Failure is not null) break;
            }
        }
        catch (OperationCanceledException)
        {
            // disposed before the end: nobody wants the rest
        }
        finally
        {
            _ahead!.CompleteAdding();
        }
    }

    /// <summary>Reads and parses the next non-empty line, or null at the end of the file; never throws for bad data.</summary>
    private Record? ReadRecord()
    {
        string? line;
        try
        {
            do
            {
                line = _reader.ReadLine();
                _readLine++;
                if (line is null) return null;
            } while (line.Length == 0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // handed to the caller as it was thrown, in its place among the records
            return new Record(_readLine, null, null, System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex));
        }
        try
        {
            using var json = JsonDocument.Parse(line);
            return new Record(_readLine, Parse(json.RootElement), null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException
            or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return new Record(_readLine, null, "malformed document record: " + ex.Message);
        }
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

    public void Dispose()
    {
        if (_thread is not null)
        {
            _stop!.Cancel();
            _thread.Join();
            _stop.Dispose();
            _ahead!.Dispose();
        }
        _reader.Dispose();
    }
}
