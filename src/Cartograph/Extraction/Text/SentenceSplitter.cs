using Cartograph.Reading;

namespace Cartograph.Extraction.Text;

/// <summary>
/// Splits each line's content into sentences at '.', '!' or '?' followed by a space, except after
/// decimals ("1.5") and common abbreviations ("e.g.", "vs.", "Dr."). A turn is one speaker's line,
/// which the relation rules use as the window for cues that span two sentences.
/// </summary>
public static class SentenceSplitter
{
    private static readonly string[] s_abbreviations = ["e.g", "i.e", "vs", "etc", "dr", "mr", "ms", "mrs", "prof", "al", "fig", "eq", "no", "st", "inc", "ltd", "co", "approx"];

    public static void Split(Document document, List<Sentence> sentences)
    {
        sentences.Clear();
        string content = document.Content;
        if (IsCaptionStream(document))
        {
            SplitCaptionStream(document, sentences);
            return;
        }
        int turn = 0;
        foreach (var line in document.Lines)
        {
            int start = line.ContentStart;
            int end = line.ContentStart + line.ContentLength;
            if (IsBlank(content, start, end)) continue;
            turn++;
            if (IsUnpunctuated(content, start, end))
            {
                SplitCaption(content, start, end, line.Number, line.Speaker, turn, sentences);
                continue;
            }
            int s = start;
            // the next run of two spaces in the text as written (a title set off from its text), searched once per run
            int wide = NextWideSpace(document.Text, start, end);
            for (int i = start; i < end; i++)
            {
                int next = content.AsSpan(i, end - i).IndexOfAny(s_breaks);
                if (wide >= 0 && wide < i) wide = NextWideSpace(document.Text, i, end);
                if (next < 0 && wide < 0) break;
                i = next < 0 ? wide : wide >= 0 && wide < i + next ? wide : i + next;
                char c = content[i];
                if (c is ' ' or '\t' or '\u25CF' or '\u2022')
                {
                    // "AI Co-Scientist  Google introduces ...": a title set off by two spaces; "● Key point": a bullet
                    if (IsItemBreak(document.Text, s, i, end, out int resume))
                    {
                        Add(content, s, i, line.Number, line.Speaker, turn, sentences);
                        s = resume;
                        i = resume - 1;
                    }
                    continue;
                }
                int after = i + 1;
                while (after < end && content[after] is '"' or '\'' or ')' or '\u201D' or '\u2019' or '.' or '!' or '?') after++;
                if (after < end && !char.IsWhiteSpace(content[after])) continue;
                if (c == '.' && IsAbbreviation(content, s, i)) continue;
                Add(content, s, after, line.Number, line.Speaker, turn, sentences);
                s = after;
                i = after - 1;
            }
            Add(content, s, end, line.Number, line.Speaker, turn, sentences);
        }
    }

    private static readonly System.Buffers.SearchValues<char> s_breaks = System.Buffers.SearchValues.Create(".!?\t\u25CF\u2022");

    private static int NextWideSpace(string text, int from, int end)
    {
        int at = text.AsSpan(from, end - from).IndexOf("  ", StringComparison.Ordinal);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>
    /// A break inside a line that is no sentence end: a bullet sign, or a run of two or more spaces (or a tab) between
    /// a word and a capitalised word, as titles pasted from the web are set off from the text after them. Read in the
    /// text as written: markup blanked out of the content ("propose **X**") leaves runs of spaces that are no break.
    /// </summary>
    private static bool IsItemBreak(string content, int sentenceStart, int at, int end, out int resume)
    {
        resume = at + 1;
        char c = content[at];
        if (c is '\u25CF' or '\u2022')
        {
            while (resume < end && content[resume] == ' ') resume++;
            return at > sentenceStart;
        }
        int run = at;
        while (run < end && content[run] is ' ' or '\t') run++;
        resume = run;
        bool wide = run - at >= 2 || c == '\t';
        return wide && at > sentenceStart && run < end && char.IsLetterOrDigit(content[at - 1])
            && (char.IsUpper(content[run]) || char.IsDigit(content[run]));
    }

    /// <summary>A long line with (almost) no sentence marks: caption-style text, one line for a whole talk.</summary>
    private static bool IsUnpunctuated(string content, int start, int end)
    {
        if (end - start < CaptionLineLength) return false;
        int marks = 0;
        foreach (char c in content.AsSpan(start, end - start))
            if (c is '.' or '!' or '?') marks++;
        return marks * CaptionLineLength < end - start;
    }

    private const int CaptionLineLength = 400;
    private const int CaptionChunkWords = 12;
    private const int CaptionMaxWords = 24;

    /// <summary>A piece ends before a spoken topic shift once it has this many words (fewer: the shift is its start).</summary>
    private const int MinWordsBeforeShift = 2;

    /// <summary>The topic shifts of <c>Cues.TopicShifts</c> that open what they introduce, as said in a caption track.</summary>
    private static readonly string[] s_spokenShifts =
    [
        "next up", "next one", "moving on", "last one", "final one", "third paper", "second paper", "fourth paper", "last paper",
        "another paper", "next paper", "up next", "in other news", "switching gears", "shifting gears", "changing topics",
        "on a different note", "on another note", "another story", "next story",
    ];

    /// <summary>The first words of <see cref="s_spokenShifts"/>: every other word of a caption is ruled out with one look-up.</summary>
    private static readonly WordSet s_spokenShiftStarts = new(new HashSet<string>(s_spokenShifts.Select(p => p[..p.IndexOf(' ')]), StringComparer.OrdinalIgnoreCase));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_clauseOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "so", "but", "now", "okay", "ok", "yeah", "well", "because", "anyway", "actually", "basically", "also", "and", "then",
        "which", "where", "if", "when", "i", "we", "you", "they", "it's", "that's", "there's", "this", "um", "uh", "right",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Caption text has no sentence marks to split at, so it is cut into clause-sized pieces: before a word that
    /// usually opens a clause ("so", "but", "we") once a piece has a dozen words, and at two dozen words regardless.
    /// </summary>
    /// <summary>
    /// Captions as YouTube or a subtitle file give them: many short lines, no speaker and next to no sentence marks.
    /// A line there is where the screen ran out, not where a thought ended, so the lines are read as one stream.
    /// </summary>
    private static bool IsCaptionStream(Document document)
    {
        int lines = 0;
        long length = 0, marks = 0;
        foreach (var line in document.Lines)
        {
            if (line.Speaker is not null) return false;
            var text = document.LineContent(line);
            if (text.IsWhiteSpace()) continue;
            lines++;
            length += text.Length;
            foreach (char c in text) if (c is '.' or '!' or '?') marks++;
        }
        return lines >= 3 && length >= CaptionLineLength && length / lines < CaptionLineLength && marks * CaptionLineLength < length;
    }

    /// <summary>Cuts a caption stream into pieces as one long caption line is cut, across the line breaks.</summary>
    private static void SplitCaptionStream(Document document, List<Sentence> sentences)
    {
        var pieces = new CaptionPieces(document.Content, null, 1, sentences);
        foreach (var line in document.Lines) pieces.Feed(line.ContentStart, line.ContentStart + line.ContentLength, line.Number);
        pieces.Finish();
    }

    private static void SplitCaption(string content, int start, int end, int line, string? speaker, int turn, List<Sentence> sentences)
    {
        var pieces = new CaptionPieces(content, speaker, turn, sentences);
        pieces.Feed(start, end, line);
        pieces.Finish();
    }

    /// <summary>
    /// Cuts unpunctuated caption text into clause-sized pieces, word by word: at a clause opener once a piece has
    /// <see cref="CaptionChunkWords"/> words, and at <see cref="CaptionMaxWords"/> words whatever comes. A piece may run
    /// over line breaks; it keeps the number of the line it starts on.
    /// </summary>
    private struct CaptionPieces(string content, string? speaker, int turn, List<Sentence> sentences)
    {
        private int _start = -1, _end, _line, _words;

        public void Feed(int from, int to, int lineNumber)
        {
            int i = from;
            while (i < to)
            {
                while (i < to && char.IsWhiteSpace(content[i])) i++;
                int wordStart = i;
                while (i < to && !char.IsWhiteSpace(content[i])) i++;
                if (i == wordStart) break;
                if (_start >= 0 && (_words >= CaptionMaxWords || (_words >= CaptionChunkWords && s_clauseOpeners.Contains(content.AsSpan(wordStart, i - wordStart))
                    && !DefinesTheWordBefore(content, wordStart, i, to)) || (_words >= MinWordsBeforeShift && ShiftsTopic(content, wordStart, to))))
                {
                    Finish();
                    _start = -1;
                    _words = 0;
                }
                if (_start < 0) (_start, _line) = (wordStart, lineNumber);
                _end = i;
                _words++;
            }
        }

        /// <summary>
        /// "... of course not next one is v-rex": a spoken topic shift starts a piece of its own wherever it comes, so the
        /// shift is read where it is said, at the start of what it introduces.
        /// </summary>
        private static bool ShiftsTopic(string content, int wordStart, int to)
        {
            int wordEnd = wordStart;
            while (wordEnd < to && char.IsLetter(content[wordEnd])) wordEnd++;
            if (!s_spokenShiftStarts.Contains(content.AsSpan(wordStart, wordEnd - wordStart))) return false;
            var rest = content.AsSpan(wordStart, to - wordStart);
            foreach (var phrase in s_spokenShifts)
                if (rest.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && (rest.Length == phrase.Length || !char.IsLetterOrDigit(rest[phrase.Length])))
                    return true;
            return false;
        }

        /// <summary>
        /// "osworld which is a benchmark for computer agents": a relative clause that says what the word before it is stays
        /// with that word, which it defines.
        /// </summary>
        private static bool DefinesTheWordBefore(string content, int wordStart, int wordEnd, int to)
        {
            if (!content.AsSpan(wordStart, wordEnd - wordStart).Equals("which", StringComparison.OrdinalIgnoreCase)) return false;
            var rest = content.AsSpan(wordEnd, Math.Min(to, wordEnd + 8) - wordEnd);
            return rest.StartsWith(" is a ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith(" is an ", StringComparison.OrdinalIgnoreCase);
        }

        public readonly void Finish()
        {
            if (_start >= 0) Add(content, _start, _end, _line, speaker, turn, sentences);
        }
    }

    private static void Add(string content, int start, int end, int line, string? speaker, int turn, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(content[start])) start++;
        while (end > start && char.IsWhiteSpace(content[end - 1])) end--;
        if (end > start) sentences.Add(new Sentence(start, end, line, speaker, turn));
    }

    private static bool IsBlank(string content, int start, int end)
    {
        for (int i = start; i < end; i++) if (!char.IsWhiteSpace(content[i])) return false;
        return true;
    }

    private static bool IsAbbreviation(string content, int sentenceStart, int dot)
    {
        int w = dot;
        while (w > sentenceStart && (char.IsLetter(content[w - 1]) || content[w - 1] == '.')) w--;
        var word = content.AsSpan(w, dot - w);
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "J. Smith"
        foreach (var a in s_abbreviations)
            if (word.Equals(a, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
