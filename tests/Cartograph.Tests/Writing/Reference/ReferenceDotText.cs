using Cartograph.Writing;

namespace Cartograph.Tests.Writing.Reference;

// The writer as it was before the streaming UTF-8 rewrite (commit d2a2508), on XmlWriter/Utf8JsonWriter/StreamWriter.
// Kept unchanged as the oracle: the fast writers must produce exactly these bytes (WriterEquivalenceTests).

/// <summary>
/// Quoting for Graphviz. Everything is written as a double-quoted string, which makes DOT keywords
/// (<c>node</c>, <c>edge</c>, <c>graph</c>, <c>strict</c> ...) and <c>:</c> (port syntax) safe as ids.
/// Rules verified against graphviz 2.42 (see the consumer tests):
/// <list type="bullet">
/// <item>ids: <c>"</c> → <c>\"</c>, <c>\</c> doubled (so no string ends in an odd backslash that would escape the closing quote).</item>
/// <item>labels (escString): additionally newline → <c>\n</c> and <c>&amp;</c> → <c>&amp;amp;</c> (Graphviz decodes HTML entities in labels); doubling <c>\</c> neutralises <c>\N</c>, <c>\G</c> ...</item>
/// <item>tooltips: Graphviz un-escapes backslashes twice on the way to SVG, so <c>\</c> is written four times.</item>
/// </list>
/// </summary>
internal static class ReferenceDotText
{
    public static void WriteId(TextWriter w, string id) => WriteQuoted(w, id, backslashes: 2, escString: false);

    public static void WriteLabel(TextWriter w, string text) => WriteQuoted(w, text, backslashes: 2, escString: true);

    public static void WriteTooltip(TextWriter w, string text) => WriteQuoted(w, text, backslashes: 4, escString: true);

    private static void WriteQuoted(TextWriter w, string raw, int backslashes, bool escString)
    {
        string text = TextCleaner.Clean(raw);
        w.Write('"');
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            string? replacement = text[i] switch
            {
                '"' => "\\\"",
                '\\' => backslashes == 4 ? "\\\\\\\\" : "\\\\",
                '\n' => "\\n",
                '\r' => "", // CRLF → one line break; a lone CR is dropped
                '&' when escString => "&amp;",
                _ => null,
            };
            if (replacement is null) continue;
            if (i > start) w.Write(text.AsSpan(start, i - start));
            w.Write(replacement);
            start = i + 1;
        }
        if (start < text.Length) w.Write(text.AsSpan(start));
        w.Write('"');
    }
}
