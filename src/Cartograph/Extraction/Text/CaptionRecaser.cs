using System.Runtime.InteropServices;
using Cartograph.Lexicons;

namespace Cartograph.Extraction.Text;

/// <summary>
/// Caption-style transcripts (YouTube or Whisper captions) come without capitals, so neither an acronym ("rlhf")
/// nor a brand ("meta", "llama") nor a coined name ("talkverse") shows by its shape. For such a document this
/// stage writes a recased copy of the content for the rules to read (same length, same offsets; the quotes still
/// come from the text as written): a word takes the case the lexicon spells it with ("RLHF", "Meta", "A100") unless
/// it is an everyday English word used no more than in passing, and a word no dictionary knows that the text
/// repeats is capitalised as the name it most likely is ("Talkverse").
/// </summary>
internal sealed class CaptionRecaser
{
    /// <summary>Below one capital per this many letters, a text of some length is caption-style.</summary>
    private const int LettersPerCapital = 400;
    private const int MinLetters = 200;

    /// <summary>An everyday word that is also a name ("llama", "amazon") is the name when the text says it this often.</summary>
    private const int NameRepeats = 3;

    /// <summary>A word no dictionary knows is a name when the text says it this often.</summary>
    private const int CoinedRepeats = 2;

    private static readonly HashSet<string> s_speechFillers = new(StringComparer.Ordinal)
    {
        "gonna", "wanna", "gotta", "kinda", "sorta", "yeah", "yep", "nope", "hmm", "umm", "uhh", "mhm", "okay", "alright",
        "cuz", "dunno", "lemme", "gimme", "y'all", "ain't",
    };

    private readonly Dictionary<string, string> _casedWords;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _casedLookup;
    private readonly Lexicon _lexicon;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _common;
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_fillers = s_speechFillers.GetAlternateLookup<ReadOnlySpan<char>>();

    public CaptionRecaser(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _common = new HashSet<string>(lexicon.CommonWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _casedWords = CasedWords(lexicon);
        _casedLookup = _casedWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The text has letters but (almost) no capitals.</summary>
    public static bool IsCaseless(string text)
    {
        int letters = 0, capitals = 0;
        foreach (char c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            // enough capitals for any length this text could have: an ordinary text stops here within a line or two
            if (char.IsUpper(c) && ++capitals * (long)LettersPerCapital >= text.Length) return false;
        }
        return letters >= MinLetters && (long)capitals * LettersPerCapital < letters;
    }

    /// <summary>The recased copy of <paramref name="content"/> (the same string when nothing changes).</summary>
    public string Recase(string content)
    {
        var repeats = new Dictionary<string, int>(StringComparer.Ordinal);
        var byWord = repeats.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (start, length) in Words(content))
            CollectionsMarshal.GetValueRefOrAddDefault(byWord, content.AsSpan(start, length), out _)++;

        char[]? copy = null;
        var everyday = _lexicon.EverydayWords;
        foreach (var (start, length) in Words(content))
        {
            var word = content.AsSpan(start, length);
            int count = byWord[word];
            string? cased = null;
            if (_casedLookup.TryGetValue(word, out var known))
            {
                bool everydayWord = everyday.Contains(word) || _common.Contains(word);
                bool usedAsName = word.Length >= 5 && count >= NameRepeats && !_common.Contains(word) && !everyday.ContainsInflected(word);
                if (!everydayWord || usedAsName || FollowedByNumber(content, start + length) || FollowedByReleaseVerb(content, start + length)) cased = known;
            }
            // a word said once counts as repeated where the talk introduces it (asked only then: most words are said once)
            else if (IsCoinedCandidate(word, count < CoinedRepeats && IsIntroduced(content, start, length) ? CoinedRepeats : count, everyday))
            {
                cased = string.Concat(char.ToUpperInvariant(word[0]).ToString(), word[1..]);
            }
            if (cased is null || cased.Length != length) continue;
            copy ??= content.ToCharArray();
            cased.AsSpan().CopyTo(copy.AsSpan(start, length));
        }
        foreach (var (start, length) in CoinedCompounds(content, everyday))
        {
            // "kfs-bench", "soulx-livetalk": every part of a coined compound starts with a capital, as its name is written
            copy ??= content.ToCharArray();
            for (int i = start; i < start + length; i++)
                if (char.IsAsciiLetterLower(content[i]) && (i == start || content[i - 1] == '-')) copy[i] = char.ToUpperInvariant(content[i]);
        }
        return copy is null ? content : new string(copy);
    }

    /// <summary>
    /// The hyphenated words of the text that no dictionary or lexicon knows a part of: "kfs-bench", "cmac-mmd",
    /// "soulx-livetalk" are coined names even when said once; "real-time", "open-source" or "gpt-4" are not (every part is
    /// known, or the lexicon spells it).
    /// </summary>
    private IEnumerable<(int Start, int Length)> CoinedCompounds(string content, EverydayWords everyday)
    {
        int i = 0;
        while (i < content.Length)
        {
            while (i < content.Length && !char.IsLetterOrDigit(content[i])) i++;
            int start = i;
            bool hyphen = false;
            while (i < content.Length && (char.IsLetterOrDigit(content[i]) || (content[i] == '-' && i + 1 < content.Length && char.IsLetterOrDigit(content[i + 1]) && i > start)))
            {
                hyphen |= content[i] == '-';
                i++;
            }
            if (hyphen && IsCoinedCompound(content.AsSpan(start, i - start), everyday)) yield return (start, i - start);
        }
    }

    private bool IsCoinedCompound(ReadOnlySpan<char> compound, EverydayWords everyday)
    {
        bool unknownPart = false;
        foreach (var range in compound.Split('-'))
        {
            var part = compound[range];
            if (part.IsEmpty || !char.IsAsciiLetter(part[0])) continue;
            foreach (char c in part) if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c)) return false;
            // a part the lexicon spells is cased by it; a filler is speech ("gonna-be")
            if (_casedLookup.ContainsKey(part) || s_fillers.Contains(part)) return false;
            if (part.Length >= 3 && !everyday.Knows(part) && !_common.Contains(part)) unknownPart = true;
        }
        return unknownPart;
    }

    /// <summary>Where papers are posted, which hosts say the way they say a website ("talkverse from arxiv"): no name of a work or a maker.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_preprintServers = new HashSet<string>(StringComparer.Ordinal)
    {
        "arxiv", "biorxiv", "medrxiv", "chemrxiv", "openreview", "ssrn",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private bool IsCoinedCandidate(ReadOnlySpan<char> word, int count, EverydayWords everyday)
    {
        if (count < CoinedRepeats || word.Length < 4 || !char.IsLetter(word[0]) || s_preprintServers.Contains(word)) return false;
        if (everyday.Knows(word)) return false;
        if (_common.Contains(word)) return false;
        return !s_fillers.Contains(word);
    }

    private static readonly string[] s_introducedAfter = [" which is a ", " which is an ", " is a ", " is an "];
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_introducedBefore = new HashSet<string>(StringComparer.Ordinal)
    {
        "called", "named", "dubbed",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A word said once is still a coined name where the talk introduces it: "osworld which is a benchmark for computer
    /// agents", "a model they call ... called magentic".
    /// </summary>
    private static bool IsIntroduced(string content, int start, int length)
    {
        var after = content.AsSpan(start + length);
        foreach (var cue in s_introducedAfter)
            if (after.StartsWith(cue, StringComparison.Ordinal)) return true;
        int end = start - 1;
        if (end <= 0 || content[end] != ' ') return false;
        int begin = end;
        while (begin > 0 && char.IsAsciiLetterLower(content[begin - 1])) begin--;
        return s_introducedBefore.Contains(content.AsSpan(begin, end - begin));
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_releaseVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "released", "releases", "announced", "announces", "launched", "launches", "shipped", "ships", "unveiled", "unveils",
        "introduced", "introduces", "debuted", "acquired", "open-sourced", "raised",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"so meta released llama 3": an everyday word that a company's name spells, then a verb only a company does.</summary>
    private static bool FollowedByReleaseVerb(string content, int at)
    {
        int start = at;
        while (start < content.Length && content[start] == ' ') start++;
        if (start == at) return false;
        int end = start;
        while (end < content.Length && (char.IsAsciiLetterLower(content[end]) || content[end] == '-')) end++;
        return end > start && s_releaseVerbs.Contains(content.AsSpan(start, end - start));
    }

    private static bool FollowedByNumber(string content, int at)
    {
        while (at < content.Length && content[at] is ' ' or '-') at++;
        return at < content.Length && char.IsAsciiDigit(content[at]);
    }

    /// <summary>The runs of letters, digits and apostrophes of a text (a hyphen ends a word: "gpt-4" is "gpt" and "4").</summary>
    private static IEnumerable<(int Start, int Length)> Words(string content)
    {
        int i = 0;
        while (i < content.Length)
        {
            while (i < content.Length && !char.IsLetterOrDigit(content[i])) i++;
            int start = i;
            while (i < content.Length && (char.IsLetterOrDigit(content[i]) || (content[i] is '\'' or '\u2019' && i + 1 < content.Length && char.IsLetter(content[i + 1])))) i++;
            if (i > start) yield return (start, i - start);
        }
    }

    /// <summary>
    /// Every word the lexicon spells with a capital, lower-cased, with its spelling; of several spellings the one most
    /// entries use (then the ordinal first), so the choice does not depend on the lexicon's order.
    /// </summary>
    private static Dictionary<string, string> CasedWords(Lexicon lexicon)
    {
        var votes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var entry in lexicon.Entries)
        {
            Vote(votes, entry.Canonical);
            foreach (var alias in entry.Aliases) Vote(votes, alias);
        }
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (lower, spellings) in votes)
        {
            string best = "";
            int bestCount = -1;
            foreach (var (spelling, count) in spellings)
                if (count > bestCount || (count == bestCount && string.CompareOrdinal(spelling, best) < 0)) (best, bestCount) = (spelling, count);
            result[lower] = best;
        }
        return result;
    }

    private static void Vote(Dictionary<string, Dictionary<string, int>> votes, string form)
    {
        foreach (var (start, length) in Words(form))
        {
            var word = form.AsSpan(start, length);
            bool hasCapital = false;
            foreach (char c in word) hasCapital |= char.IsUpper(c);
            if (!hasCapital) continue;
            string lower = word.ToString().ToLowerInvariant();
            if (lower.Length != length) continue;
            if (!votes.TryGetValue(lower, out var spellings)) votes[lower] = spellings = new Dictionary<string, int>(StringComparer.Ordinal);
            CollectionsMarshal.GetValueRefOrAddDefault(spellings, word.ToString(), out _)++;
        }
    }
}
