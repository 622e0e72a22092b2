namespace Cartograph.Reading;

/// <summary>
/// Blanks (to spaces, never removing) everything in a line that is not prose: stage directions ("[pauses]"),
/// bracketed timestamps, markdown markup (heading '#', bullet and number markers, '>' quotes, '**', '__', backticks,
/// escaping backslashes, link brackets and link targets — the link text is kept) and bare URLs.
/// Works in place on a span, so offsets and newlines are preserved.
/// </summary>
public static class ContentCleaner
{
    private const int MaxBracketSpan = 300;
    private const int MaxStageDirectionLength = 40;

    private static readonly HashSet<string> KnownDirections = new(StringComparer.OrdinalIgnoreCase)
    {
        "laughs", "laughter", "laughing", "chuckles", "chuckling", "sighs", "pauses", "pause", "crosstalk", "inaudible",
        "music", "applause", "silence", "coughs", "clears throat", "unintelligible", "indistinct", "background noise",
        "music playing", "intro music", "outro music", "end", "break", "beep", "static", "overlapping",
    };

    /// <summary>Cleans one line (no newline). <paramref name="from"/> is where the prose starts (after a speaker label).</summary>
    /// <returns>True if the line is a markdown heading.</returns>
    public static bool CleanLine(Span<char> line, int from)
    {
        var p = from;
        while (p < line.Length && line[p] is ' ' or '\t') p++;
        var heading = false;

        // Leading block markup: '#' headings, '>' quotes, bullets, numbered items.
        var hashes = 0;
        while (p + hashes < line.Length && line[p + hashes] == '#') hashes++;
        if (hashes is >= 1 and <= 6 && (p + hashes == line.Length || line[p + hashes] == ' '))
        {
            line.Slice(p, hashes).Fill(' ');
            heading = true;
            p += hashes;
        }
        else
        {
            for (var guard = 0; guard < 8; guard++)
            {
                while (p < line.Length && line[p] is ' ' or '\t') p++;
                if (p >= line.Length) break;
                var c = line[p];
                if (c == '>') { line[p++] = ' '; continue; }
                if (c is '-' or '*' or '+' && p + 1 < line.Length && line[p + 1] == ' ' && !IsHorizontalRule(line[p..]))
                {
                    line[p++] = ' ';
                    continue;
                }
                var d = 0;
                while (p + d < line.Length && char.IsAsciiDigit(line[p + d])) d++;
                if (d is >= 1 and <= 3 && p + d + 1 < line.Length && line[p + d] is '.' or ')' && line[p + d + 1] == ' ')
                {
                    line.Slice(p, d + 1).Fill(' ');
                    p += d + 1;
                    continue;
                }
                break;
            }
        }
        if (IsHorizontalRule(line[from..])) { line[from..].Fill(' '); return false; }

        CleanInline(line, p);
        return heading;
    }

    private static bool IsHorizontalRule(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        if (s.Length < 3) return false;
        var c = s[0];
        if (c is not ('-' or '*' or '_' or '=')) return false;
        var count = 0;
        foreach (var x in s)
        {
            if (x == c) count++;
            else if (x != ' ') return false;
        }
        return count >= 3;
    }

    // the characters CleanInline acts on; everything else is skipped in bulk
    private static readonly System.Buffers.SearchValues<char> s_inlineMarks = System.Buffers.SearchValues.Create("*_`\\[(hwHW");

    private static void CleanInline(Span<char> line, int start)
    {
        for (var i = start; i < line.Length; i++)
        {
            var next = line[i..].IndexOfAny(s_inlineMarks);
            if (next < 0) break;
            i += next;
            var c = line[i];
            switch (c)
            {
                case '*' or '_' when i + 1 < line.Length && line[i + 1] == c:
                    line[i] = ' ';
                    line[i + 1] = ' ';
                    i++;
                    break;
                case '*' or '_' when IsEmphasisMarker(line, i):
                    line[i] = ' ';
                    break;
                case '`':
                    line[i] = ' ';
                    break;
                case '\\' when i + 1 < line.Length && line[i + 1] == '[':
                    i = Bracket(line, i, escaped: true);
                    break;
                case '\\' when i + 1 < line.Length && line[i + 1] == '\\':
                    i++; // a doubled backslash is text (a path, a regex): quotes show it as written
                    break;
                case '\\' when i + 1 < line.Length && IsMarkdownPunctuation(line[i + 1]):
                    line[i] = ' ';
                    i++; // keep the escaped char itself
                    break;
                case '[':
                    i = Bracket(line, i, escaped: false);
                    break;
                case '(':
                    i = Paren(line, i);
                    break;
                case 'h' or 'w' or 'H' or 'W' when i == 0 || !char.IsLetterOrDigit(line[i - 1]):
                    i = Url(line, i);
                    break;
            }
        }
    }

    /// <summary>A single '*' or '_' that opens ("*word") or closes ("word*") emphasis; "a*b", "snake_case" and
    /// "5 * 3" are left alone.</summary>
    private static bool IsEmphasisMarker(ReadOnlySpan<char> line, int i)
    {
        var before = i == 0 ? ' ' : line[i - 1];
        var after = i + 1 == line.Length ? ' ' : line[i + 1];
        var openSide = char.IsWhiteSpace(before) || (char.IsPunctuation(before) && before != line[i]);
        var closeSide = char.IsWhiteSpace(after) || (char.IsPunctuation(after) && after != line[i]);
        return openSide != closeSide;
    }

    private static bool IsMarkdownPunctuation(char c) => c is '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '(' or ')'
        or '#' or '+' or '-' or '.' or '!' or '>' or '<' or '|' or '~';

    /// <summary>Handles "[...]" or "\[...\]" at <paramref name="i"/>; returns the index of the last char consumed.</summary>
    private static int Bracket(Span<char> line, int i, bool escaped)
    {
        var open = i;
        var innerStart = i + (escaped ? 2 : 1);
        var limit = Math.Min(line.Length, innerStart + MaxBracketSpan);
        var close = -1;
        var depth = 0;
        for (var j = innerStart; j < limit; j++)
        {
            if (line[j] == '[' && (!escaped || line[j - 1] == '\\')) depth++;
            else if (line[j] == ']')
            {
                if (escaped && line[j - 1] != '\\') continue;
                if (depth > 0) { depth--; continue; }
                close = j;
                break;
            }
        }
        if (close < 0)
        {
            if (escaped) line[i] = ' ';
            return escaped ? i + 1 : i;
        }
        var innerEnd = escaped ? close - 1 : close; // exclusive
        var closeEnd = close + 1;                   // exclusive
        var inner = line[innerStart..innerEnd];

        // Markdown link / image: [text](url) — keep the text, blank the rest.
        if (closeEnd < line.Length && line[closeEnd] == '(')
        {
            var paren = line[closeEnd..].IndexOf(')');
            if (paren > 0 && !line.Slice(closeEnd, paren).ContainsAny(' ', '\t'))
            {
                line[open..innerStart].Fill(' ');
                if (open > 0 && line[open - 1] == '!') line[open - 1] = ' ';
                line[innerEnd..(closeEnd + paren + 1)].Fill(' ');
                CleanInline(line[..innerEnd], innerStart);
                return closeEnd + paren;
            }
        }
        var trimmed = inner.Trim();
        if (IsTimestamp(trimmed) || IsStageDirection(trimmed))
        {
            line[open..closeEnd].Fill(' ');
            return close;
        }
        if (escaped)
        {
            line[open] = ' ';
            line[close - 1] = ' ';
        }
        return escaped ? i + 1 : i;
    }

    private static int Paren(Span<char> line, int i)
    {
        var end = line[i..].IndexOf(')');
        if (end <= 0 || end > MaxStageDirectionLength) return i;
        var inner = line.Slice(i + 1, end - 1).Trim();
        if (IsTimestamp(inner) || KnownDirections.Contains(inner.ToString()))
        {
            line.Slice(i, end + 1).Fill(' ');
            return i + end;
        }
        return i;
    }

    private static int Url(Span<char> line, int i)
    {
        var rest = line[i..];
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
              || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
            return i;
        var end = i;
        while (end < line.Length && !char.IsWhiteSpace(line[end]) && line[end] is not ('<' or '>' or '"')) end++;
        // Trailing sentence punctuation and unbalanced closing brackets are not part of the URL.
        while (end > i)
        {
            var last = line[end - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*' or '_') { end--; continue; }
            if (last is ')' or ']' && line[i..end].Count(last == ')' ? '(' : '[') < line[i..end].Count(last)) { end--; continue; }
            break;
        }
        line[i..end].Fill(' ');
        if (i > 0 && line[i - 1] == '<' && end < line.Length && line[end] == '>')
        {
            line[i - 1] = ' ';
            line[end] = ' ';
        }
        return end - 1;
    }

    private static bool IsTimestamp(ReadOnlySpan<char> s) =>
        SpeakerLabelParser.TryTimestamp(s, 0, out var end) && end == s.Length;

    /// <summary>Short bracketed lower-case text of 1-3 words ("pauses", "clears throat", "music fades"),
    /// or a known direction in any case ("Laughter", "MUSIC").</summary>
    public static bool IsStageDirection(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s.Length > MaxStageDirectionLength) return false;
        if (KnownDirections.Contains(s.ToString())) return true;
        var words = 1;
        var prevSpace = false;
        foreach (var c in s)
        {
            if (c == ' ')
            {
                if (prevSpace) return false;
                prevSpace = true;
                words++;
                continue;
            }
            prevSpace = false;
            if (!(char.IsLower(c) || c is '-' or '\'' or '\u2019')) return false;
        }
        return words <= 3 && char.IsLower(s[0]);
    }
}
