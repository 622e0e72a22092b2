using Cartograph.Reading;

namespace Cartograph.Extraction.Discourse;

/// <summary>
/// A newsletter sent as plain text opens each item with a headline on a line of its own, then the paragraph:
/// "Google releases Gemma 3, its most capable open model family (5 minute read)". Such a line starts a new item,
/// as a markdown heading does, so one item's model does not take the next item's techniques. A headline is short,
/// stands after a blank line (or opens the text), ends without a sentence's full stop, and a longer paragraph follows
/// it. Conversations have no headlines: a short turn there is speech.
/// </summary>
internal static class HeadlineLines
{
    private const int MaxLength = 140;

    /// <summary>
    /// The line comes right after a separator line ("***", "---", "* * *", "___"), blank lines aside: newsletters set
    /// their items apart that way, and a new item starts there whatever its first line looks like.
    /// </summary>
    public static bool FollowsSeparator(Document document, int lineNumber)
    {
        var lines = document.Lines;
        for (int at = lineNumber - 2; at >= 0; at--)
        {
            var line = Trimmed(document, lines[at]);
            if (line.IsEmpty) continue;
            return IsSeparator(line);
        }
        return false;
    }

    private static bool IsSeparator(ReadOnlySpan<char> line)
    {
        if (line.Length < 3) return false;
        char mark = line[0];
        if (mark is not ('*' or '-' or '_' or '=' or '~')) return false;
        int marks = 0;
        foreach (char c in line)
        {
            if (c == mark) marks++;
            else if (c != ' ') return false;
        }
        return marks >= 3;
    }

    public static bool Opens(Document document, int lineNumber)
    {
        int at = lineNumber - 1;
        var lines = document.Lines;
        if (at + 1 >= lines.Count || lines[at].Speaker is not null) return false;
        var line = Trimmed(document, lines[at]);
        if (line.Length is < 3 or > MaxLength || line[^1] is '.' or ',' or ';' or ':' or '"' or '\u201D') return false;
        if (at > 0 && !Trimmed(document, lines[at - 1]).IsEmpty) return false;
        var next = Trimmed(document, lines[at + 1]);
        return next.Length > line.Length && next[^1] is '.' or '!' or '?' or ')' or '"' or '\u201D' or '\u2026';
    }

    private static ReadOnlySpan<char> Trimmed(Document document, in DocumentLine line) =>
        document.Text.AsSpan(line.Start, line.Length).Trim();
}
