using Cartograph.Extraction.Discourse;
using Cartograph.Extraction.Text;
using Cartograph.Graph;
using Cartograph.Lexicons;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// A coined name the lexicon does not know is a company when the text puts it where a maker stands: after a maker cue
/// that follows a made thing ("Shots2Docs by MyAskAI", "a detector from Realeyes"), after a phrase that only a maker
/// takes ("developed by", "researchers at"), after a word that says what it is ("AI startup Vicarius"), or before an
/// appositive that does ("Vicarius, a cybersecurity startup"). Without this stage every new company of a news digest
/// would be read as a product or a paper. A name the document introduces as its own work stays a work.
/// </summary>
internal static class DiscoveredOrganizations
{
    /// <summary>Nouns that say the name next to them is a company.</summary>
    private static readonly WordSet s_companyNouns = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "startup", "start-up", "company", "firm", "lab", "labs", "maker", "chipmaker", "developer", "unicorn", "provider",
        "vendor", "studio", "nonprofit", "non-profit", "organization", "organisation", "institute", "university",
    });

    /// <summary>Phrases before a name that only a company takes: "in partnership with Realeyes", "backed by".</summary>
    private static readonly CueList s_partnerCues = Cues.Phrases(
        "partnership with", "partnered with", "partners with", "partnering with", "backed by", "funded by", "acquired by",
        "invested in", "investment in", "stake in", "founders of", "founder of", "co-founder of", "ceo of", "employees at");

    /// <summary>Verbs after a name that only a company does: "Vicarius lands $30M", "Mistral raises".</summary>
    private static readonly WordSet s_fundingVerbs = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "raises", "raised", "lands", "landed", "secures", "secured", "closes", "bags", "nabs", "hires", "hired", "acquires",
        "acquired", "files", "sues", "partners", "partnered",
    });

    /// <summary>What a company does to open a news item: "NextDoor launches multiple tools".</summary>
    private static readonly CueList s_launches = Cues.Phrases(
        "launches", "launched", "unveils", "unveiled", "announces", "announced", "rolls out", "rolled out", "debuts", "ships");

    /// <summary>Retypes, in <paramref name="discovered"/>, the papers and products that the text places as a maker.</summary>
    public static void Decide(Dictionary<string, LexiconEntry> discovered, string text, List<Token> allTokens,
        List<int> firstToken, List<Mention> pass1, List<int> firstMention)
    {
        if (discovered.Count == 0) return;
        HashSet<string>? makers = null, works = null;
        int sentences = firstMention.Count - 1;
        for (int si = 0; si < sentences; si++)
        {
            int offset = firstToken[si], end = firstToken[si + 1];
            for (int k = firstMention[si]; k < firstMention[si + 1]; k++)
            {
                var m = pass1[k];
                if (m.Origin != MentionOrigin.Discovered || m.Type is not (EntityType.Paper or EntityType.Product)) continue;
                // "Quill-7B", "Seedance 1.5": a size or version is a model's, never a company's
                if (VersionSuffix.TryStrip(m.Label, out _)) continue;
                if (m.Introduced)
                {
                    (works ??= new(StringComparer.Ordinal)).Add(m.Label);
                    continue;
                }
                var before = k > firstMention[si] ? pass1[k - 1] : null;
                if (StandsAsMaker(text, allTokens, offset, end, m, before)) (makers ??= new(StringComparer.Ordinal)).Add(m.Label);
            }
        }
        if (makers is null) return;
        foreach (var (key, entry) in discovered.ToList())
        {
            if (entry.Type is not (EntityType.Paper or EntityType.Product) || works?.Contains(entry.Canonical) == true) continue;
            bool maker = makers.Contains(entry.Canonical);
            foreach (var alias in entry.Aliases) maker |= makers.Contains(alias);
            if (maker) discovered[key] = entry with { Type = EntityType.Organization };
        }
    }

    /// <summary>
    /// Companies no stage has named yet, from the strongest of those places: a capitalised run of at most four words
    /// after a partnership cue or a company noun ("in partnership with Realeyes", "AI startup Vicarius"), before money
    /// raised ("Vicarius lands $30M"), or before an appositive that calls it a company ("Fairly Trained, a non-profit").
    /// A run that a mention covers, or a lone everyday word opening the sentence ("They raised $5M"), is none.
    /// </summary>
    public static List<string>? FindUnnamed(string text, List<Token> allTokens, List<int> firstToken, List<Mention> pass1,
        List<int> firstMention, IReadOnlySet<string> commonWords)
    {
        List<string>? found = null;
        int sentences = firstMention.Count - 1;
        for (int si = 0; si < sentences; si++)
        {
            int offset = firstToken[si], end = firstToken[si + 1];
            for (int i = offset; i < end; i++)
            {
                if (allTokens[i].Kind != TokenKind.Word) continue;
                int runStart = -1, runEnd = -1;
                // a cue before: the run starts after it
                int partner = CueMatcher.MatchAt(text, allTokens, i, s_partnerCues);
                if (partner > 0) (runStart, runEnd) = (i + partner, RunEnd(text, allTokens, i + partner, end));
                else if (s_companyNouns.Contains(Word(text, allTokens[i])) && i + 1 < end) (runStart, runEnd) = (i + 1, RunEnd(text, allTokens, i + 1, end));
                // money raised after: the run ends before the verb
                else if (s_moneyVerbs.Contains(Word(text, allTokens[i])) && i + 1 < end && IsMoney(text, allTokens[i + 1]))
                    (runStart, runEnd) = (RunStart(text, allTokens, offset, i), i);
                // ", a non-profit": the run ends before the comma
                else if (allTokens[i].Kind == TokenKind.Word && Word(text, allTokens[i]) is "a" or "an" && i >= offset + 2
                    && allTokens[i - 1].Kind == TokenKind.Punct && text[allTokens[i - 1].Start] == ',' && CompanyNounWithin(text, allTokens, i + 1, end))
                    (runStart, runEnd) = (RunStart(text, allTokens, offset, i - 1), i - 1);
                if (runStart < 0 || runEnd <= runStart || runEnd - runStart > 4) continue;
                if (Covered(pass1, firstMention[si], firstMention[si + 1], runStart - offset, runEnd - offset)) continue;
                var first = Word(text, allTokens[runStart]);
                if (s_notNames.Contains(first)) continue;
                if (runEnd - runStart == 1 && runStart == offset && (commonWords.Contains(first.ToString().ToLowerInvariant()) || commonWords.Contains(TextKey.Of(first))
                    || IsOpeningAdverb(first))) continue;
                (found ??= []).Add(text[allTokens[runStart].Start..allTokens[runEnd - 1].End]);
            }
        }
        return found;
    }

    /// <summary>"Separately, a university team ...", "Meanwhile, ...": a sentence's opening adverb is no company.</summary>
    private static bool IsOpeningAdverb(ReadOnlySpan<char> word) =>
        (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal)) || s_openingAdverbs.Contains(word);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_openingAdverbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "Meanwhile", "However", "Also", "Still", "Then", "Now", "Today", "Here", "There", "Elsewhere", "Instead", "Otherwise",
        "Plus", "Overall", "Besides", "Furthermore", "Moreover", "Thus", "Hence", "Therefore",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that open a capitalised run without naming anything: pronouns, articles.</summary>
    private static readonly WordSet s_notNames = new(new HashSet<string>(StringComparer.Ordinal)
    {
        "It", "They", "The", "This", "That", "These", "We", "He", "She", "I", "A", "An", "Its", "Their", "Our", "You", "And",
    });

    /// <summary>Verbs of money raised: "lands $30M", "raises $1.5B".</summary>
    private static readonly WordSet s_moneyVerbs = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "raises", "raised", "lands", "landed", "secures", "secured", "closes", "closed", "bags", "nabs",
    });

    private static bool IsMoney(string text, in Token t) => t.Kind == TokenKind.Punct ? text[t.Start] is '$' or '€' or '£' : t.Kind == TokenKind.Number;

    private static bool IsCapitalisedWord(string text, in Token t) => t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]);

    private static int RunEnd(string text, List<Token> tokens, int from, int end)
    {
        int i = from;
        while (i < end && IsCapitalisedWord(text, tokens[i])) i++;
        return i;
    }

    private static int RunStart(string text, List<Token> tokens, int offset, int before)
    {
        int i = before;
        while (i > offset && IsCapitalisedWord(text, tokens[i - 1])) i--;
        return i;
    }

    private static bool CompanyNounWithin(string text, List<Token> tokens, int from, int end)
    {
        for (int i = from, words = 0; i < end && words < 4; words++)
        {
            if (tokens[i].Kind != TokenKind.Word) return false;
            // "non-profit", "start-up": the hyphen-joined parts make one word
            int last = i;
            while (last + 2 < end && tokens[last + 1] is { Kind: TokenKind.Punct, Joined: true } hyphen && text[hyphen.Start] == '-' && tokens[last + 2].Joined)
                last += 2;
            if (s_companyNouns.Contains(text.AsSpan(tokens[i].Start, tokens[last].End - tokens[i].Start))) return true;
            i = last + 1;
        }
        return false;
    }

    private static bool Covered(List<Mention> mentions, int first, int endMention, int start, int end)
    {
        for (int k = first; k < endMention; k++)
            if (mentions[k].TokenStart < end && start < mentions[k].TokenEnd) return true;
        return false;
    }

    private static bool StandsAsMaker(string text, List<Token> tokens, int offset, int end, Mention m, Mention? before)
    {
        int at = offset + m.TokenStart;
        // "Shots2Docs by MyAskAI", "New 7B model from Alignment Lab AI": a one-word cue counts right after a made thing or a product noun; "developed by", "researchers at" alone
        for (int length = 1; length <= 3 && at - length >= offset; length++)
        {
            int start = at - length;
            if (CueMatcher.MatchAt(text, tokens, start, Cues.Makers) != length) continue;
            if (length > 1) return true;
            if (before is { Type: EntityType.Paper or EntityType.Product } && offset + before.TokenEnd == start) return true;
            if (start - 1 >= offset && tokens[start - 1].Kind == TokenKind.Word && NameShapes.ProductNounLookup.Contains(Word(text, tokens[start - 1]))) return true;
        }
        for (int length = 2; length <= 3 && at - length >= offset; length++)
            if (CueMatcher.MatchAt(text, tokens, at - length, s_partnerCues) == length) return true;
        // "Vicarius lands $30M", "NextDoor launches multiple tools": a company raising money, or opening a news item with a launch
        int next = offset + m.TokenEnd;
        if (next < end && tokens[next].Kind == TokenKind.Word)
        {
            if (s_fundingVerbs.Contains(Word(text, tokens[next]))) return true;
            if (m.TokenStart <= NameShapes.HeadlineStart && CueMatcher.MatchAt(text, tokens, next, s_launches) > 0) return true;
        }
        // "AI startup Vicarius", "the lab Sakana"
        if (at - 1 >= offset && tokens[at - 1].Kind == TokenKind.Word && s_companyNouns.Contains(Word(text, tokens[at - 1]))) return true;
        // "Vicarius, a cybersecurity startup": within four words after the comma and its article
        int after = offset + m.TokenEnd;
        if (after + 2 < end && tokens[after].Kind == TokenKind.Punct && text[tokens[after].Start] == ','
            && tokens[after + 1].Kind == TokenKind.Word && Word(text, tokens[after + 1]) is "a" or "an" or "the")
        {
            for (int i = after + 2; i < end && i <= after + 5; i++)
            {
                if (tokens[i].Kind != TokenKind.Word) break;
                if (s_companyNouns.Contains(Word(text, tokens[i]))) return true;
            }
        }
        return false;
    }

    private static ReadOnlySpan<char> Word(string text, in Token t) => text.AsSpan(t.Start, t.Length);
}
