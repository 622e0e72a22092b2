using System.Text;

namespace Cartograph.Writing;

/// <summary>
/// Quoting for Graphviz. Everything is written as a double-quoted string, which makes DOT keywords
/// (<c>node</c>, <c>edge</c>, <c>graph</c>, <c>strict</c> ...) and <c>:</c> (port syntax) safe as ids.
/// Rules verified against graphviz 2.42 (see the consumer tests):
/// <list type="bullet">
/// <item>ids: <c>"</c> → <c>\"</c>, <c>\</c> doubled (so no string ends in an odd backslash that would escape the closing quote).</item>
/// <item>labels (escString): additionally newline → <c>\n</c> and <c>&amp;</c> → <c>&amp;amp;</c> (Graphviz decodes HTML entities in labels); doubling <c>\</c> neutralises <c>\N</c>, <c>\G</c> ...</item>
/// <item>tooltips: Graphviz un-escapes backslashes twice on the way to SVG, so <c>\</c> is written four times.</item>
/// </list>
/// No string is longer than <see cref="LongText.MaxDotChars"/> characters (Graphviz's limit).
/// In all three a CRLF becomes one line break and a lone CR is dropped; characters no format can carry
/// are dropped first (<see cref="TextCleaner"/>).
/// </summary>
public static class DotText
{
    internal static readonly AsciiEscapes Id = new(('"', "\\\""), ('\\', "\\\\"), ('\n', "\\n"), ('\r', ""));
    internal static readonly AsciiEscapes Label = new(('"', "\\\""), ('\\', "\\\\"), ('\n', "\\n"), ('\r', ""), ('&', "&amp;"));
    internal static readonly AsciiEscapes Tooltip = new(('"', "\\\""), ('\\', "\\\\\\\\"), ('\n', "\\n"), ('\r', ""), ('&', "&amp;"));

    public static void WriteId(TextWriter w, string id) => w.Write(Quote(id, Id));

    public static void WriteLabel(TextWriter w, string text) => w.Write(Quote(text, Label));

    public static void WriteTooltip(TextWriter w, string text) => w.Write(Quote(text, Tooltip));

    /// <summary>
    /// The quoted form, as the DOT writer streams it. A longer text than <see cref="LongText.MaxDotChars"/> is cut
    /// visibly (an id keeps a hash of the whole), so Graphviz reads every string.
    /// </summary>
    internal static void WriteQuoted(Utf8Sink sink, ReadOnlySpan<char> text, AsciiEscapes escapes)
    {
        if (text.Length > LongText.MaxDotChars)
            text = ReferenceEquals(escapes, Id) ? LongText.FitId(text, LongText.MaxDotChars) : LongText.Fit(text, LongText.MaxDotChars);
        sink.Write((byte)'"');
        sink.WriteText(text, escapes);
        sink.Write((byte)'"');
    }

    private static string Quote(string text, AsciiEscapes escapes)
    {
        var bytes = new MemoryStream();
        var sink = new Utf8Sink(bytes);
        WriteQuoted(sink, text, escapes);
        sink.Flush();
        return Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
    }
}
