using System.Text.Json;
using Cartograph.Extraction;

namespace Cartograph.Partials;

/// <summary>
/// Reads a partial graph back, one document at a time, so a merge holds a bounded number of documents
/// per shard in memory. Anything malformed is an <see cref="InvalidDataException"/> naming the file and line, and so
/// is a file that cannot be read at all (missing, a folder, a pipe, no permission): every problem of a partial is one
/// message. At the end the reader checks the end record (see <see cref="PartialFormat"/>): a file cut short, even at
/// a line boundary, or whose lines were changed, is an error, never a graph with documents silently missing.
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

    private readonly System.Security.Cryptography.IncrementalHash _digest =
        System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
    private int _records; // document lines read (by the read-ahead thread, when there is one)
    private bool _ended; // the end record was read

    public PartialReader(string path, bool readAhead = false)
    {
        _path = path;
        _lines = new PartialLines(Open(path));
        _line = _readLine = 1;
        ReadOnlyMemory<byte> header;
        try
        {
            if (!_lines.TryRead(out header))
            {
                _lines.Dispose();
                throw Bad("the file is empty (0 bytes), not a Cartograph partial graph");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _lines.Dispose();
            throw Bad($"cannot read: {ex.Message.ReplaceLineEndings(" ")}");
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
                throw Bad(version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out int old) && old < PartialFormat.Version
                    ? $"a version {old} partial graph, written by an older Cartograph without "
                        + (old < 2 ? "the end record that proves it whole" : "the rules that made its relations")
                        + $" (this Cartograph reads version {PartialFormat.Version}); build or extract it again"
                    : $"unsupported partial graph version (this Cartograph reads version {PartialFormat.Version})");
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

    /// <summary>Opens a partial for reading; anything but a readable regular file is an <see cref="InvalidDataException"/> saying what it is.</summary>
    private static FileStream Open(string path)
    {
        var kind = Reading.FileKinds.Of(path);
        if (kind == Reading.FileKind.Missing) throw new InvalidDataException($"{path}: no such file");
        if (Reading.FileKinds.NotRegular(kind) is not null) throw new InvalidDataException($"{path}: {Reading.FileKinds.Describe(kind)}, not a partial graph file");
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot read: {ex.Message.ReplaceLineEndings(" ")}", ex);
        }
    }

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
                if (!_lines.TryRead(out line)) return _ended ? null : new Record(_readLine, null, Truncated());
                _readLine++;
            } while (line.IsEmpty);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Record(_readLine, null, $"cannot read: {ex.Message.ReplaceLineEndings(" ")}");
        }
        if (_ended) return new Record(_readLine, null, "more lines after the end record: the file was changed after it was written");
        if (line.Span.StartsWith("{\"end\":"u8)) return End(line.Span);
        _digest.AppendData(line.Span);
        _digest.AppendData("\n"u8);
        _records++;
        try
        {
            return new Record(_readLine, PartialRecordParser.Parse(line.Span), null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return new Record(_readLine, null, "malformed document record: " + ex.Message);
        }
    }

    private string Truncated() => _records == 0
        ? "truncated: the file holds its header and nothing else (no document and no end record); it was cut short"
        : $"truncated: the file ends after {_records} document(s) without its end record; it was cut short (a full disk or a killed run?)";

    /// <summary>Checks the end record against what was read; the record after it is the end (null), or the problem.</summary>
    private Record? End(ReadOnlySpan<byte> line)
    {
        _ended = true;
        string digest = "sha256:" + Convert.ToHexStringLower(_digest.GetHashAndReset());
        try
        {
            using var doc = JsonDocument.Parse(line.ToArray());
            var root = doc.RootElement;
            int count = root.GetProperty("documents").GetInt32();
            string? expected = root.GetProperty("digest").GetString();
            if (count != _records)
                return new Record(_readLine, null, $"the end record counts {count} document(s) but the file holds {_records}: documents were lost or added");
            if (expected != digest)
                return new Record(_readLine, null, "the document lines do not match the end record's digest: the file was changed after it was written");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return new Record(_readLine, null, "malformed end record: " + ex.Message);
        }
        return ReadRecord();
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
        _digest.Dispose();
    }
}
