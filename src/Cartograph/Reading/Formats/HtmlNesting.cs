namespace Cartograph.Reading.Formats;

/// <summary>
/// How deep a page's elements nest, estimated from its tags before it is parsed. An HTML5 parser looks through the
/// open elements at every tag, so a page nested tens of thousands deep (no real page is; a hostile or broken one can
/// be) takes time in the square of its depth: 20,000 nested divs took 12 s, 200,000 would take 20 minutes. Such a
/// page is refused with a problem naming it, the same on every machine (a time limit would not be).
/// Elements whose end tag may be left out (p, li, td...) and void elements (br, img...) are not counted.
/// </summary>
internal static class HtmlNesting
{
    public const int MaxDepth = 2000;

    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        // end tag optional
        "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup",
        "colgroup", "caption", "rb", "rt", "rp", "rtc",
    };

    /// <summary>The deepest nesting of counted elements, stopping early once it passes <see cref="MaxDepth"/>.</summary>
    public static int Estimate(string html)
    {
        int depth = 0, deepest = 0;
        for (int i = html.IndexOf('<'); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                int end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0) break;
                i = end;
                continue;
            }
            bool closing = html[i + 1] == '/';
            int nameStart = closing ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart])) continue; // "<!doctype", "<?", "a < b"
            var name = html[nameStart..nameEnd];
            int tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0) break;
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                // raw text: what looks like tags inside is not
                int close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close + 1;
                continue;
            }
            i = tagEnd;
            if (NotCounted.Contains(name) || (!closing && html[tagEnd - 1] == '/')) continue;
            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            deepest = Math.Max(deepest, depth);
            if (deepest > MaxDepth) break;
        }
        return deepest;
    }
}
