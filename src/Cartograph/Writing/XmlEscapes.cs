namespace Cartograph.Writing;

/// <summary>
/// What <see cref="System.Xml.XmlWriter"/> escapes when writing UTF-8 with
/// <see cref="System.Xml.NewLineHandling.Entitize"/>: markup characters always, and in attribute values
/// also the quote and the whitespace an XML parser would otherwise normalise. Other characters, non-ASCII
/// included, are written as themselves (the illegal ones are already dropped by the text cleaning).
/// </summary>
internal static class XmlEscapes
{
    /// <summary>Element content: LF and tab survive parsing as they are, a CR would be folded into LF.</summary>
    public static readonly AsciiEscapes Text = new(('<', "&lt;"), ('>', "&gt;"), ('&', "&amp;"), ('\r', "&#xD;"));

    public static readonly AsciiEscapes Attribute = new(
        ('<', "&lt;"), ('>', "&gt;"), ('&', "&amp;"), ('"', "&quot;"), ('\t', "&#x9;"), ('\n', "&#xA;"), ('\r', "&#xD;"));
}
