using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cartograph.Writing;

/// <summary>
/// JSON string values, escaped exactly as <see cref="Utf8JsonWriter"/> with
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> escapes them. Printable ASCII without a quote
/// or backslash (nearly every id, label and quote) needs no escaping and is copied straight; anything else
/// is cleaned and handed to a Utf8JsonWriter, so the encoder's rules for non-ASCII (which code points it
/// escapes depends on its Unicode tables) never have to be re-implemented here.
/// </summary>
internal sealed class JsonStrings : IDisposable
{
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Printable ASCII but the quote and backslash: what needs no escaping (a SearchValues, not the
    /// generic span helpers, whose unoptimised first-call code boxes every character).</summary>
    private static readonly SearchValues<char> s_plain =
        SearchValues.Create([.. Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).Where(c => c is not ('"' or '\\'))]);

    private readonly ArrayBufferWriter<byte> _escaped = new(1024);
    private readonly Utf8JsonWriter _json;

    public JsonStrings()
    {
        _json = new Utf8JsonWriter(_escaped, new JsonWriterOptions { Encoder = Encoder, SkipValidation = true });
    }

    /// <summary>Writes the quoted, escaped value of <see cref="TextCleaner.Clean"/>(<paramref name="value"/>).</summary>
    public void Write(Utf8Sink sink, string value)
    {
        var text = value.AsSpan();
        if (text.IndexOfAnyExcept(s_plain) < 0)
        {
            sink.Write((byte)'"');
            sink.WriteAscii(text);
            sink.Write((byte)'"');
            return;
        }
        _escaped.ResetWrittenCount();
        _json.Reset(_escaped);
        _json.WriteStringValue(TextCleaner.Clean(value));
        _json.Flush();
        sink.Write(_escaped.WrittenSpan);
    }

    /// <summary>Printable ASCII but the quote and backslash, as UTF-8 bytes.</summary>
    private static readonly SearchValues<byte> s_plainBytes =
        SearchValues.Create([.. Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (byte)c).Where(c => c is not ((byte)'"' or (byte)'\\'))]);

    /// <summary>Writes UTF-8 text that needs no escaping, quoted; false (nothing written) when it is empty or needs escaping.</summary>
    public static bool TryWritePlain(Utf8Sink sink, ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty || utf8.IndexOfAnyExcept(s_plainBytes) >= 0) return false;
        sink.Write((byte)'"');
        sink.Write(utf8);
        sink.Write((byte)'"');
        return true;
    }

    public void Dispose() => _json.Dispose();
}
