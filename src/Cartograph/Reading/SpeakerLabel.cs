namespace Cartograph.Reading;

/// <summary>A speaker label recognised at the start of a line.</summary>
/// <param name="Name">The speaker's name as written (e.g. "Dr. Jane Doe").</param>
/// <param name="ContentOffset">Offset in the line where what was said begins (after the label and following blanks).</param>
/// <param name="HasTimestamp">The label carried a timestamp ("[00:12:34] Name:", "Name (00:12):"): a strong transcript signal.</param>
public readonly record struct SpeakerLabel(string Name, int ContentOffset, bool HasTimestamp);

/// <summary>
/// Hand-written span scanner for speaker labels at the start of a line:
/// <c>Name: text</c>, <c>**Name:** text</c>, <c>**Name**: text</c>, <c>Name (00:12:34): text</c>,
/// <c>[00:12:34] Name: text</c>, <c>\[12:34\] **Name:** text</c>, <c>Name [00:12]: text</c>.
/// A name is 1-4 words, each starting with an upper-case letter (lower-case particles such as "van", "de" allowed
/// after the first word), made of letters, '.', '-', apostrophes. The colon must be followed by a blank or the end
/// of the line (so "http://", "12:30" never match). Heading words ("Note", "Update", "Title", "Abstract",
/// "Summary", "Example", "Step", ...) are rejected.
/// </summary>
public static class SpeakerLabelParser
{
    private const int MaxWords = 4;
    private const int MaxNameLength = 60;

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "der", "den", "da", "del", "della", "di", "du", "la", "le", "bin", "al", "el", "ter", "dos", "das",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_particles = Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that, as the first word of a "Label:", mean a heading or field, not a person.
    private static readonly HashSet<string> HeadingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Note", "Notes", "NB", "Update", "Updates", "Title", "Subtitle", "Abstract", "Summary", "Example", "Examples",
        "Step", "Edit", "Edited", "Warning", "Caution", "Important", "Tip", "Tips", "Source", "Sources", "Link", "Links",
        "Date", "Time", "Author", "Authors", "Keywords", "Tags", "Tag", "Category", "Categories", "Topic", "Topics",
        "Subject", "Re", "Fwd", "Conclusion", "Conclusions", "Introduction", "Background", "Result", "Results",
        "Method", "Methods", "Methodology", "Disclaimer", "Transcript", "Episode", "Key", "Bottom", "Takeaway",
        "Takeaways", "Bonus", "Reminder", "Paper", "Papers", "Code", "Website", "Read", "PS", "P.S.", "Status",
        "Location", "Price", "Pricing", "Cost", "Pros", "Cons", "Verdict", "Context", "Problem", "Solution", "Goal",
        "Goals", "Approach", "Contribution", "Contributions", "Limitation", "Limitations", "Definition", "Figure",
        "Fig.", "Table", "Equation", "Theorem", "Lemma", "Proof", "Hint", "Caveat", "Caveats", "Why", "What", "How",
        "Also", "Plus", "Sponsor", "Sponsored", "Today", "Yesterday", "Tomorrow", "Breaking", "Highlights", "Agenda",
        "Question", "Answer", "Answers", "Questions", "Q&A", "TL", "TLDR", "FAQ", "Input", "Output", "Prompt",
        "Response", "Warning", "Error", "Usage", "Installation", "Requirements", "Overview", "Details", "Comments",
        "Published", "Posted", "Updated", "Released", "Version", "License", "Contact", "Email", "Phone", "Address",
        "Twitter", "GitHub", "Dataset", "Datasets", "Benchmark", "Benchmarks", "Model", "Models", "Repo", "Demo",
        "Blog", "Project", "Homepage", "arXiv", "DOI", "URL", "Image", "Video", "Audio", "Chapter", "Section", "Part",
        "Day", "Week", "Month", "Year", "Round", "Level", "Phase", "Stage", "Option", "Case", "Scenario", "Rule",
    };
    // looked up by span: a labelled line (every line of a transcript) then makes no string but its name
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_headingWords = HeadingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Recognises a speaker label at the start of <paramref name="line"/> (no newline).</summary>
    public static bool TryParse(ReadOnlySpan<char> line, out SpeakerLabel label) => TryParse(line, null, out label);

    /// <summary>
    /// As <see cref="TryParse(ReadOnlySpan{char}, out SpeakerLabel)"/>; a name already in <paramref name="names"/> (the
    /// names of a document's labels so far) is taken from it instead of made again, and a new one is added.
    /// </summary>
    internal static bool TryParse(ReadOnlySpan<char> line, HashSet<string>? names, out SpeakerLabel label)
    {
        label = default;
        var p = 0;
        while (p < line.Length && p < 3 && line[p] == ' ') p++;

        var hasTimestamp = false;
        if (TryBracketedTimestamp(line, p, out var end))
        {
            hasTimestamp = true;
            p = end;
            var before = p;
            while (p < line.Length && line[p] is ' ' or '\t') p++;
            if (p == before) return false;
        }

        ReadOnlySpan<char> boldMarker = default;
        if (line[p..].StartsWith("**") || line[p..].StartsWith("__"))
        {
            boldMarker = line.Slice(p, 2);
            p += 2;
        }

        var nameStart = p;
        var words = 0;
        var firstWordEnd = -1;
        while (true)
        {
            if (p >= line.Length) return false;
            var c = line[p];
            var isParticleStart = words > 0 && char.IsLower(c);
            if (!char.IsUpper(c) && !isParticleStart) break;
            var wordStart = p;
            var letters = 0;
            while (p < line.Length && IsNameChar(line[p]))
            {
                if (char.IsLetter(line[p])) letters++;
                p++;
            }
            if (letters == 0) return false;
            if (isParticleStart && !s_particles.Contains(line[wordStart..p])) return false;
            words++;
            if (firstWordEnd < 0) firstWordEnd = p;
            if (words > MaxWords) return false;
            if (p + 1 < line.Length && line[p] == ' ' && char.IsLetter(line[p + 1])) { p++; continue; }
            break;
        }
        if (words == 0) return false;
        var nameEnd = p;
        if (nameEnd - nameStart > MaxNameLength) return false;

        var closed = false;
        if (!boldMarker.IsEmpty && line[p..].StartsWith(boldMarker)) { p += 2; closed = true; }

        // Optional timestamp after the name: "Name (00:12:34):", "Name [00:12]:".
        var save = p;
        if (p < line.Length && line[p] == ' ') p++;
        if (TryBracketedTimestamp(line, p, out end)) { p = end; hasTimestamp = true; }
        else p = save;

        if (p >= line.Length || line[p] != ':') return false;
        p++;
        if (!boldMarker.IsEmpty && !closed)
        {
            if (!line[p..].StartsWith(boldMarker)) return false;
            p += 2;
        }
        if (p < line.Length && !char.IsWhiteSpace(line[p])) return false;
        while (p < line.Length && char.IsWhiteSpace(line[p])) p++;

        var name = line[nameStart..nameEnd];
        var firstWord = line[nameStart..firstWordEnd];
        if (s_headingWords.Contains(firstWord) || s_headingWords.Contains(firstWord.TrimEnd('.')))
            return false;
        if (name.EndsWith('-')) return false;

        string text;
        if (names is null) text = name.ToString();
        else if (!names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out text!))
        {
            text = name.ToString();
            names.Add(text);
        }
        label = new SpeakerLabel(text, p, hasTimestamp);
        return true;
    }

    /// <summary>
    /// Shaped like a person's name: every word capitalised with lower-case letters after the first, except after an
    /// apostrophe, hyphen or dot ("O'Neil", "Mary-Jane", "Dr. Jane Doe"); particles allowed. Not "SparseMorph",
    /// "OpenAI" or "GPT".
    /// </summary>
    public static bool IsPersonName(ReadOnlySpan<char> name)
    {
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.IsEmpty) return false;
            if (s_particles.Contains(word)) continue;
            if (!char.IsUpper(word[0])) return false;
            for (var i = 1; i < word.Length; i++)
            {
                if (!char.IsUpper(word[i])) continue;
                if (word[i - 1] is not ('\'' or '\u2019' or '-' or '.')) return false;
            }
        }
        return true;
    }

    private static bool IsNameChar(char c) => char.IsLetter(c) || c is '.' or '-' or '\'' or '\u2019';

    /// <summary>"[00:12:34]", "[12:34]", "\[12:34\]", "(00:12:34)" starting at <paramref name="p"/>.</summary>
    internal static bool TryBracketedTimestamp(ReadOnlySpan<char> s, int p, out int end)
    {
        end = p;
        if (p >= s.Length) return false;
        var escaped = false;
        char close;
        if (s[p] == '\\' && p + 1 < s.Length && s[p + 1] == '[') { escaped = true; close = ']'; p += 2; }
        else if (s[p] == '[') { close = ']'; p++; }
        else if (s[p] == '(') { close = ')'; p++; }
        else return false;

        if (!TryTimestamp(s, p, out p)) return false;
        if (escaped)
        {
            if (p + 1 < s.Length && s[p] == '\\' && s[p + 1] == close) { end = p + 2; return true; }
            return false;
        }
        if (p < s.Length && s[p] == close) { end = p + 1; return true; }
        return false;
    }

    /// <summary>h:mm, hh:mm, h:mm:ss, hh:mm:ss, hhh:mm, with optional ".fff"/",fff" fraction.</summary>
    internal static bool TryTimestamp(ReadOnlySpan<char> s, int p, out int end)
    {
        end = p;
        var d = CountDigits(s, p);
        if (d is < 1 or > 3) return false;
        p += d;
        var groups = 0;
        while (groups < 2 && p < s.Length && s[p] == ':' && CountDigits(s, p + 1) == 2)
        {
            p += 3;
            groups++;
        }
        if (groups == 0) return false;
        if (p < s.Length && s[p] is '.' or ',' && CountDigits(s, p + 1) is >= 1 and <= 3)
            p += 1 + CountDigits(s, p + 1);
        end = p;
        return true;
    }

    private static int CountDigits(ReadOnlySpan<char> s, int p)
    {
        var n = 0;
        while (p + n < s.Length && char.IsAsciiDigit(s[p + n])) n++;
        return n;
    }
}
