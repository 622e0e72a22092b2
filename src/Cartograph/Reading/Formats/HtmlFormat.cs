using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Cartograph.Reading.Formats;

/// <summary>
/// A web page (a newsletter saved from the browser): its visible text, one line per block (paragraph, heading,
/// list item, table cell), each on the line of the file where its element starts when it can be. Scripts, styles,
/// the head, templates, embedded SVG/MathML, form controls and hidden elements (<c>hidden</c>,
/// <c>aria-hidden="true"</c>, <c>display:none</c>) are not read. Headings become markdown headings ("## News") so
/// they divide the text as in a markdown file. The parser runs no script and fetches nothing; the text it gives is
/// never parsed as markup again.
/// </summary>
internal sealed class HtmlFormat : DocumentFormat
{
    private static readonly HashSet<string> Unseen = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "select", "option", "textarea", "button", "input", "audio", "video", "map",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "blockquote", "pre", "ul", "ol",
        "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "address", "details", "summary", "form", "fieldset", "legend",
        "body", "html",
    };

    public override string Name => "HTML";

    public override FormatText FromText(string decoded)
    {
        if (HtmlNesting.Estimate(decoded) > HtmlNesting.MaxDepth)
            return FormatText.Fail($"elements nested more than {HtmlNesting.MaxDepth:N0} deep; not read (no real page nests so deep, and parsing it would take minutes)");
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = false });
        var page = parser.ParseDocument(decoded);
        var text = new AlignedLines();
        var line = new System.Text.StringBuilder();
        int lineAt = 1;

        void Flush()
        {
            var collapsed = string.Join(' ', line.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (collapsed.Length > 0) text.Add(lineAt, collapsed, newTurn: true);
            text.Break();
            line.Clear();
        }

        // a walk without recursion: a page nested a million elements deep must not overflow the stack
        INode? node = page.DocumentElement;
        while (node is not null)
        {
            bool descend = true;
            if (node is IElement element)
            {
                if (IsUnseen(element)) descend = false;
                else if (Blocks.Contains(element.LocalName))
                {
                    Flush();
                    lineAt = element.SourceReference?.Position.Line ?? lineAt;
                    if (element.LocalName is ['h' or 'H', >= '1' and <= '6'] heading) line.Append('#', heading[1] - '0').Append(' ');
                }
            }
            else if (node is IText t)
            {
                line.Append(t.Data);
            }

            if (descend && node.FirstChild is { } child)
            {
                node = child;
                continue;
            }
            // climb to the next sibling, closing the blocks left on the way
            while (node is not null)
            {
                if (node is IElement done && Blocks.Contains(done.LocalName)) Flush();
                if (node == page.DocumentElement) { node = null; break; }
                if (node.NextSibling is { } sibling) { node = sibling; break; }
                node = node.Parent;
            }
        }
        Flush();
        return text.IsEmpty ? FormatText.Fail("the page has no visible text") : FormatText.Of(text.ToString());
    }

    private static bool IsUnseen(IElement element)
    {
        if (Unseen.Contains(element.LocalName)) return true;
        if (element.HasAttribute("hidden")) return true;
        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)) return true;
        var style = element.GetAttribute("style");
        if (style is null) return false;
        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}
