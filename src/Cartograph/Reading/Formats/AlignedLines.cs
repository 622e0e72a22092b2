using System.Text;

namespace Cartograph.Reading.Formats;

/// <summary>
/// Builds the text of a format whose lines are not the sentences' lines (a caption cue ends mid-sentence, a PDF line
/// ends where the page does): the pieces of one sentence are joined on the line where it starts, and the lines they
/// came from stay blank, so line N of the text is line N of the file and evidence points into the file as it is.
/// A line is closed when its text ends a sentence, when a new turn starts (a speaker), or when it grows long.
/// </summary>
internal sealed class AlignedLines
{
    /// <summary>Text without a sentence end (auto-generated captions have none) is still cut this long.</summary>
    private const int LongLine = 600;

    private readonly List<StringBuilder?> _lines = [];
    private int _open = -1;

    /// <summary>Adds a piece of text found on line <paramref name="line"/> (1-based, ascending).</summary>
    /// <param name="newTurn">The piece starts a turn of its own (a speaker label or a dialogue dash).</param>
    /// <param name="speaker">Who says it, written as a speaker label ("Name: ") at the start of each line it opens.</param>
    public void Add(int line, string text, bool newTurn = false, string? speaker = null)
    {
        text = text.Trim();
        if (text.Length == 0) return;
        if (_open >= 0 && !newTurn && !EndsSentence(_lines[_open]!) && _lines[_open]!.Length < LongLine)
        {
            var open = _lines[_open]!;
            // a word split at the line's end ("trans-" + "former") is joined back; other pieces get a space
            if (open.Length > 1 && open[^1] == '-' && char.IsLetter(open[^2]) && char.IsLower(text[0])) open.Length--;
            else open.Append(' ');
            open.Append(text);
            return;
        }
        int index = Math.Max(line - 1, _lines.Count);
        while (_lines.Count <= index) _lines.Add(null);
        _lines[index] = speaker is null ? new StringBuilder(text) : new StringBuilder(speaker).Append(": ").Append(text);
        _open = index;
    }

    /// <summary>Closes the open line: the next piece starts a line of its own (a paragraph or a page ended).</summary>
    public void Break() => _open = -1;

    public bool IsEmpty => _open < 0 && _lines.All(l => l is null);

    public override string ToString()
    {
        var text = new StringBuilder();
        for (int i = 0; i < _lines.Count; i++)
        {
            if (i > 0) text.Append('\n');
            if (_lines[i] is { } line) text.Append(line);
        }
        return text.Append('\n').ToString();
    }

    private static bool EndsSentence(StringBuilder line)
    {
        int i = line.Length - 1;
        while (i >= 0 && line[i] is '"' or '\'' or ')' or '\u201D' or '\u2019') i--;
        return i >= 0 && line[i] is '.' or '!' or '?' or '\u2026';
    }
}
