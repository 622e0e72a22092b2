using Markdig;
using Markdig.Syntax;

namespace Cartograph.Reading;

/// <summary>
/// The lines of a markdown file (.md) that are not prose, found by Markdig's CommonMark block parser: fenced and
/// indented code, HTML blocks, link reference definitions ("[1]: https://...") and thematic breaks. The per-line
/// <see cref="ContentCleaner"/> cannot see these (a line inside a code fence looks like any other, and "key: value"
/// in it like a speaker label), so they are blanked whole, offsets kept.
/// <para>
/// Only the block structure comes from Markdig. Inline markup (emphasis, links, code spans) stays with the cleaner,
/// which blanks it in place, and .txt transcripts are not parsed as markdown at all: CommonMark would read an
/// indented transcript line as code and a "---" under a turn as a heading underline. Markdig is deterministic and
/// parses at well over 100 MB/s, so it costs a build of markdown little; a file nested absurdly deep (which a
/// recursive parser could choke on) is left to the cleaner alone.
/// </para>
/// </summary>
internal static class MarkdownBlocks
{
    /// <summary>Past this many nested quote or list markers at a line's start, the file is not given to Markdig.</summary>
    private const int MaxNesting = 64;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>For each line (0-based) of <paramref name="text"/>, whether it is not prose; null when every line is.</summary>
    public static bool[]? NonProseLines(string text, IReadOnlyList<int> lineStarts)
    {
        if (TooDeep(text)) return null;
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Pipeline);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            return null; // the cleaner alone still reads the file
        }
        bool[]? blank = null;
        foreach (var block in document.Descendants<Block>())
        {
            if (block is not (CodeBlock or HtmlBlock or LinkReferenceDefinition or ThematicBreakBlock)) continue;
            if (block.Span.IsEmpty || block.Span.Start < 0) continue;
            blank ??= new bool[lineStarts.Count];
            int first = LineOf(lineStarts, block.Span.Start), last = LineOf(lineStarts, Math.Min(block.Span.End, text.Length - 1));
            for (int line = first; line <= last; line++) blank[line] = true;
        }
        return blank;
    }

    private static int LineOf(IReadOnlyList<int> lineStarts, int offset)
    {
        int lo = 0, hi = lineStarts.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (lineStarts[mid] <= offset) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    private static bool TooDeep(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            int markers = 0;
            foreach (var c in line)
            {
                if (c is '>' or '-' or '*' or '+') markers++;
                else if (c is not (' ' or '\t')) break;
            }
            if (markers > MaxNesting) return true;
        }
        return false;
    }
}
