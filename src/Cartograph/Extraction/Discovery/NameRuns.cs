using Cartograph.Extraction.Text;
using Cartograph.Graph;
using Cartograph.Lexicons;

namespace Cartograph.Extraction.Discovery;

/// <summary>Measures the run of words a discovered name spans, and makes the mention of it.</summary>
internal static class NameRuns
{
    private static readonly HashSet<string> s_connectors = new(StringComparer.OrdinalIgnoreCase) { "with", "of", "for" };

    /// <summary>Words that join two names into one run, or sit inside a longer name: "with", "of", "for".</summary>
    internal static readonly WordSet Connectors = new(s_connectors);

    /// <summary>Whether <paramref name="word"/> is a connector (<see cref="Connectors"/>).</summary>
    internal static bool IsConnector(string word) => s_connectors.Contains(word);

    /// <summary>
    /// The end of a capitalised run: capitalised words, hyphen-joined parts, a version number after a name
    /// ("Seedance 1.5") and connectors inside a longer name ("Consistency with Maximum Mean Discrepancy").
    /// </summary>
    public static int RunEnd(string text, List<Token> tokens, int at, bool titleCase, DiscoveryWords words, out bool coined, out int capitalWords)
    {
        coined = false;
        capitalWords = 0;
        int end = at;
        int i = at;
        while (i < tokens.Count)
        {
            var t = tokens[i];
            var w = text.AsSpan(t.Start, t.Length);
            if (i > at && t.Kind == TokenKind.Punct && t.Joined && LexiconIndex.IsWordJoiner(text[t.Start])
                && i + 1 < tokens.Count && tokens[i + 1].Joined && tokens[i + 1].Kind != TokenKind.Punct)
            {
                // "KFS-Bench", "Timestep-forcing", "AdaTooler-V": a hyphenated name part, any case
                var part = text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length);
                var before = text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length);
                // "Quill-7B": a capitalised name with a size or version part of digits and letters is coined too;
                // in a title line "Real-Time" is only title case
                if (char.IsUpper(part[0]) || char.IsDigit(part[0]))
                    coined |= char.IsUpper(before[0]) && ((char.IsUpper(part[0]) && !titleCase) || NameShapes.IsAcronym(before)
                        || (char.IsDigit(part[0]) && tokens[i + 1].Kind == TokenKind.Word && i == at + 1));
                i += 2;
                end = i;
                if (char.IsUpper(part[0])) capitalWords++;
                continue;
            }
            if (t.Kind == TokenKind.Word && (i == at || !t.Joined) && char.IsUpper(w[0]) && !IsPronounOrContraction(w))
            {
                if (NameShapes.IsCoined(w) || (w.Length >= 2 && NameShapes.IsAcronym(w) && i > at)) coined |= NameShapes.IsCoined(w);
                capitalWords++;
                i++;
                end = i;
                continue;
            }
            if (t.Kind == TokenKind.Number && i > at && !t.Joined && end == i && i == at + 1 && !words.IsCommonWord(text.AsSpan(tokens[at].Start, tokens[at].Length))
                && !ProductGenerations.IsBitWidth(text.AsSpan(t.Start, t.Length)))
            {
                // a version number right after a one-word name: "Seedance 1.5", "Llama 3"; and a tier after it: "Pixel 8 Pro"
                i++;
                if (ProductTiers.TierAfter(text, tokens, i) is not null) i++;
                end = i;
                break;
            }
            if (t.Kind == TokenKind.Word && i > at && !t.Joined && Connectors.Contains(w)
                && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[i + 1].Start])
                && !words.IsCommonWord(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length))
                // "LLMs with Monte Carlo Tree Search": a known name before the connector makes two names, not one
                && !(words.Index.TryMatch(text, tokens, at, out _, out int knownEnd) && knownEnd == i)
                // "EfficientSAMs with SAMI-pretrained encoders": one coined word is a whole name already
                && !(i == at + 1 && NameShapes.IsCoined(text.AsSpan(tokens[at].Start, tokens[at].Length))))
            {
                i++;
                continue;
            }
            break;
        }
        if (at < tokens.Count && NameShapes.IsCoined(text.AsSpan(tokens[at].Start, tokens[at].Length))) coined = true;
        return end;
    }

    /// <summary>The end of the coined part of a run in a title line: its last coined word or acronym, with a version after it.</summary>
    public static int EndOfCoinedPart(string text, List<Token> tokens, int at, int end)
    {
        int last = at + 1;
        for (int k = at; k < end; k++)
        {
            var t = tokens[k];
            var w = text.AsSpan(t.Start, t.Length);
            if (t.Kind == TokenKind.Word && (NameShapes.IsCoined(w) || NameShapes.IsAcronym(w))) last = k + 1;
            else if (last == k && (t.Joined || t.Kind == TokenKind.Number)) last = k + 1; // "-V2", "1.5"
        }
        // a hyphen cannot end a name
        while (last > at + 1 && tokens[last - 1].Kind == TokenKind.Punct) last--;
        return last;
    }

    /// <summary>"I", "I'd", "We're": capitalised but never part of a name.</summary>
    public static bool IsPronounOrContraction(ReadOnlySpan<char> w) =>
        (w.Length == 1 && w[0] is 'I' or 'A') || w.Contains('\'') || w.Contains('\u2019');

    public static bool IsAcronymRun(string text, List<Token> tokens, int at, int end)
    {
        for (int k = at; k < end; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punct) continue;
            if (!NameShapes.IsAcronym(text.AsSpan(t.Start, t.Length))) return false;
        }
        return true;
    }

    public static ReadOnlySpan<char> LastWord(string text, List<Token> tokens, int at, int end)
    {
        for (int k = end - 1; k >= at; k--)
            if (tokens[k].Kind == TokenKind.Word) return text.AsSpan(tokens[k].Start, tokens[k].Length);
        return "";
    }

    /// <summary>A lower-case paper head ("model", "benchmark") within <paramref name="words"/> tokens from <paramref name="from"/>, before any punctuation but a hyphen.</summary>
    /// <summary>
    /// Whether the word at <paramref name="at"/> has a lower-case part hyphened on that is one of <paramref name="parts"/>
    /// ("SFT-trained", "ChatGPT-like"): the suffix that makes the word a modifier.
    /// </summary>
    public static bool HasHyphenedPart(string text, List<Token> tokens, int at, WordSet parts) =>
        at + 2 < tokens.Count && tokens[at + 1] is { Kind: TokenKind.Punct, Joined: true } hyphen && text[hyphen.Start] == '-'
        && tokens[at + 2] is { Kind: TokenKind.Word, Joined: true } part && char.IsLower(text[part.Start])
        && parts.Contains(text.AsSpan(part.Start, part.Length));

    public static bool PaperHeadWithin(string text, List<Token> tokens, int from, int words) =>
        HeadWithin(text, tokens, from, words, NameShapes.PaperHeadLookup);

    /// <summary>A lower-case word of <paramref name="heads"/> among tokens [from, from + words], before any punctuation but a joining hyphen.</summary>
    public static bool HeadWithin(string text, List<Token> tokens, int from, int words, WordSet heads)
    {
        for (int k = from; k < tokens.Count && k <= from + words; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punct)
            {
                if (text[t.Start] == '-' && t.Joined) continue;
                return false;
            }
            var w = text.AsSpan(t.Start, t.Length);
            if (heads.Contains(w) && char.IsLower(w[0])) return true;
        }
        return false;
    }

    public static Mention Discovered(string text, List<Token> tokens, int at, int end, EntityType type, bool introduced = false)
    {
        string label = Span(text, tokens, at, end);
        return new Mention(at, end, type, label, label, MentionOrigin.Discovered, null) { Introduced = introduced };
    }

    /// <summary>The text of tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static string Span(string text, List<Token> tokens, int from, int to) =>
        text.Substring(tokens[from].Start, tokens[to - 1].End - tokens[from].Start);
}
