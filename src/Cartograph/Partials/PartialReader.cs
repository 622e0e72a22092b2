using System.Text.Json;
using Cartograph.Extraction;

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

    private readonly PartialLines _lines;
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
        _lines = new PartialLines(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1));
        _line = _readLine = 1;
        if (!_lines.TryRead(out var header))
        {
            _lines.Dispose();
            throw Bad("the file is empty, not a Cartograph partial graph");
        }
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
            _lines.Dispose();
            throw Bad("not a Cartograph partial graph: " + ex.Message);
        }
        catch (InvalidDataException)
        {
            _lines.Dispose();
            throw;
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
            while (true)
            {
                Record? next;
                try
                {
                    next = ReadRecord();
                }
                catch (Exception ex)
                {
                    // anything unforeseen goes to the caller too: an exception left on this thread would end the process
                    next = new Record(_readLine, null, null, System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex));
                }
                if (next is not { } record) break;
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
        ReadOnlyMemory<byte> line;
        try
        {
            do
            {
                if (!_lines.TryRead(out line)) return null;
                _readLine++;
            } while (line.IsEmpty);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // handed to the caller as it was thrown, in its place among the records
            return new Record(_readLine, null, null, System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex));
        }
        try
        {
            return new Record(_readLine, PartialRecordParser.Parse(line.Span), null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return new Record(_readLine, null, "malformed document record: " + ex.Message);
        }
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
        _lines.Dispose();
    }
}
