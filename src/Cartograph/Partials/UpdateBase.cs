using System.Text.Json;
using Cartograph.Reading;

namespace Cartograph.Partials;

/// <summary>
/// What <c>build --update</c> adds to: a graph.json and the graph.partial.jsonl written with it. Before anything is
/// read into the new graph both are checked, so an update never quietly replaces a graph with less than it held:
/// graph.json must be whole JSON written by Cartograph (it is read to the end, as a stream), the partial must end
/// with its end record, and the partial's document count and digest must be the ones graph.json recorded.
/// (The partial's lines are checked against its end record while they are folded.)
/// </summary>
public static class UpdateBase
{
    /// <summary>The facts graph.json holds about the partial it was built with.</summary>
    public readonly record struct GraphFacts(int DocumentCount, string? PartialDigest);

    /// <exception cref="InvalidDataException">Either file is missing, unreadable, malformed, truncated, or they do not belong together; the message names the file and what is wrong.</exception>
    public static void Verify(string graphJson, string partial)
    {
        var facts = ReadGraph(graphJson);
        if (facts.PartialDigest is null)
            throw new InvalidDataException($"{graphJson}: has no graph.partial_digest, so nothing proves which partial graph it was built from "
                + "(written by an older Cartograph?); build the corpus once more");
        var end = PartialEnd(partial);
        if (end.Documents != facts.DocumentCount || end.Digest != facts.PartialDigest)
            throw new InvalidDataException($"{partial}: does not belong to {graphJson}: it holds {end.Documents} document(s) (digest {end.Digest}), "
                + $"the graph was built from {facts.DocumentCount} (digest {facts.PartialDigest}); it comes from another build or corpus");
    }

    /// <summary>Reads graph.json to its end (streamed, so any size) and returns its graph attributes.</summary>
    public static GraphFacts ReadGraph(string graphJson)
    {
        using var stream = OpenRegular(graphJson, "graph.json");
        if (stream.Length == 0) throw new InvalidDataException($"{graphJson}: is empty (0 bytes), not a graph written by Cartograph");
        var buffer = new byte[1 << 20];
        int filled = 0;
        long offset = 0;
        var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = 64 });
        int? count = null;
        string? digest = null;
        string? property = null; // the last property name read directly inside "graph"
        bool inGraph = false, sawRoot = false;
        bool atEnd = false;
        int depth = 0;
        try
        {
            while (true)
            {
                int n = atEnd ? 0 : stream.Read(buffer, filled, buffer.Length - filled);
                if (n == 0) atEnd = true;
                filled += n;
                var reader = new Utf8JsonReader(buffer.AsSpan(0, filled), atEnd, state);
                while (reader.Read())
                {
                    sawRoot = true;
                    depth = reader.CurrentDepth + (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? 1 : 0);
                    if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName) inGraph = reader.ValueTextEquals("graph"u8);
                    else if (inGraph && reader.CurrentDepth == 2 && reader.TokenType == JsonTokenType.PropertyName) property = reader.GetString();
                    else if (inGraph && reader.CurrentDepth == 2 && property == "document_count" && reader.TokenType == JsonTokenType.Number)
                        count = reader.GetInt32();
                    else if (inGraph && reader.CurrentDepth == 2 && property == "partial_digest" && reader.TokenType == JsonTokenType.String)
                        digest = reader.GetString();
                }
                if (atEnd) break;
                state = reader.CurrentState;
                int used = (int)reader.BytesConsumed;
                offset += used;
                Buffer.BlockCopy(buffer, used, buffer, 0, filled - used);
                filled -= used;
                if (filled == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2); // one token longer than the buffer
            }
        }
        catch (JsonException ex)
        {
            // a graph.json cut short ends inside the graph: its last byte is not the closing brace
            bool cut = atEnd && depth > 0 && !buffer.AsSpan(0, filled).TrimEnd(" \t\r\n"u8).EndsWith("}"u8);
            throw new InvalidDataException(cut
                ? $"{graphJson}: truncated: the JSON ends before the graph does (after {stream.Length:N0} bytes); it was cut short"
                : $"{graphJson}: not valid JSON (cut short or changed) near byte {offset + (ex.BytePositionInLine ?? 0):N0} (line {ex.LineNumber + 1}): {ex.Message.ReplaceLineEndings(" ")}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{graphJson}: cannot read: {ex.Message.ReplaceLineEndings(" ")}", ex);
        }
        if (!sawRoot || count is null)
            throw new InvalidDataException($"{graphJson}: not a graph written by Cartograph (no graph.document_count)");
        return new GraphFacts(count.Value, digest);
    }

    /// <summary>The end record of a partial, read from the end of the file without reading the rest.</summary>
    public static (int Documents, string Digest) PartialEnd(string partial)
    {
        using var stream = OpenRegular(partial, "partial graph");
        if (stream.Length == 0) throw new InvalidDataException($"{partial}: the file is empty (0 bytes), not a Cartograph partial graph");
        int tail = (int)Math.Min(stream.Length, 4096);
        var bytes = new byte[tail];
        try
        {
            stream.Seek(-tail, SeekOrigin.End);
            stream.ReadExactly(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{partial}: cannot read: {ex.Message.ReplaceLineEndings(" ")}", ex);
        }
        var span = bytes.AsSpan().TrimEnd("\r\n"u8);
        var last = span[(span.LastIndexOf((byte)'\n') + 1)..];
        if (!last.StartsWith("{\"end\":"u8))
        {
            // an older partial has no end record at all: say that, not "cut short"; a header that is not ours is reported as such
            using (new PartialReader(partial)) { }
            throw new InvalidDataException($"{partial}: truncated: its last line is not the end record, so documents may be missing; "
                + "it was cut short (a full disk or a killed run?)");
        }
        try
        {
            using var doc = JsonDocument.Parse(last.ToArray());
            return (doc.RootElement.GetProperty("documents").GetInt32(), doc.RootElement.GetProperty("digest").GetString() ?? "");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw new InvalidDataException($"{partial}: malformed end record: {ex.Message}");
        }
    }

    private static FileStream OpenRegular(string path, string what)
    {
        var kind = FileKinds.Of(path);
        if (kind == FileKind.Missing) throw new InvalidDataException($"{path}: no such file");
        if (FileKinds.NotRegular(kind) is not null) throw new InvalidDataException($"{path}: {FileKinds.Describe(kind)}, not a {what} file");
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot read: {ex.Message.ReplaceLineEndings(" ")}", ex);
        }
    }
}
