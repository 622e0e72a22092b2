using Cartograph.Extraction.Text;
using Cartograph.Graph;

namespace Cartograph.Extraction.Discourse;

/// <summary>Reads the cues of a sentence that the segmenter and the relation rules use.</summary>
public static class SentenceCues
{
    private static readonly CueList s_genericOpeners = Cues.Phrases("most", "many", "traditional", "conventional", "typical", "typically", "usually", "existing", "other");
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_coordinators =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "or", "and", "vs", "versus", "&", "nor" }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Fills <paramref name="analysis"/>, already reset to the sentence of <paramref name="tokens"/>.</summary>
    /// <param name="researchVoice">The document is a paper's own prose: only there is <see cref="SentenceAnalysis.AuthorsSpeak"/> read, so only there is it looked for.</param>
    /// <param name="hasSpeakers">The document is a conversation: only there (and in a paper's prose) are the pronouns read.</param>
    internal static SentenceAnalysis Analyse(SentenceAnalysis analysis, string text, List<Token> tokens, bool researchVoice, bool hasSpeakers)
    {
        int opening = Math.Min(tokens.Count, 8);
        for (int i = 0; i < opening && !analysis.ShiftsTopic; i++)
            analysis.ShiftsTopic = CueMatcher.MatchAt(text, tokens, i, Cues.TopicShifts) > 0;
        // one pass over the tokens: the rivalry cues (words), the first semicolon and the appositives (punctuation)
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Punct)
            {
                NotePunctuation(analysis, text, tokens, i);
                continue;
            }
            if (CueMatcher.MatchAt(text, tokens, i, Cues.Rivalry) is int length and > 0)
            {
                int clause = ClauseStart(text, tokens, i, analysis.RivalryCues.Count > 0 ? analysis.RivalryCues[^1] : -1);
                analysis.RivalryClauseStarts.Add(clause);
                analysis.RivalryClausePronouns.Add(clause >= 0 && tokens[clause].Kind != TokenKind.Punct);
                analysis.RivalryCues.Add(i);
                i += length - 1;
            }
        }
        analysis.RefersBack = CueMatcher.Contains(text, tokens, 0, tokens.Count, Cues.ReferencesBack);
        int first = FirstWord(tokens);
        analysis.IsGeneric = first >= 0 && CueMatcher.MatchAt(text, tokens, first, s_genericOpeners) > 0;
        if (researchVoice || hasSpeakers) analysis.Persons = PersonsOf(text, tokens);
        analysis.AuthorsSpeak = researchVoice && (analysis.Persons & GrammaticalPersons.FirstPlural) != 0;
        return analysis;
    }

    /// <summary>A semicolon ends the first clause; ", a" or ", an" opens an appositive that describes the name before it.</summary>
    private static void NotePunctuation(SentenceAnalysis analysis, string text, List<Token> tokens, int i)
    {
        char c = text[tokens[i].Start];
        if (c == ';' && analysis.FirstSemicolon < 0) analysis.FirstSemicolon = i;
        else if (c == ',' && i + 1 < tokens.Count && tokens[i + 1] is { Kind: TokenKind.Word, Length: <= 2 } article
            && text.AsSpan(article.Start, article.Length) is "a" or "an")
            analysis.AppositiveOpenings.Add(i);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_subjectPronouns =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "it", "they", "this", "these", "he", "she", "we" }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The last semicolon or subject pronoun between the cue before (or the sentence's start) and this cue, or -1.</summary>
    private static int ClauseStart(string text, List<Token> tokens, int cue, int previousCue)
    {
        for (int k = cue - 1; k > previousCue; k--)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punct ? text[t.Start] == ';' : s_subjectPronouns.Contains(text.AsSpan(t.Start, t.Length))) return k;
        }
        return -1;
    }

    private static GrammaticalPersons PersonsOf(string text, List<Token> tokens)
    {
        var persons = GrammaticalPersons.None;
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Word || t.Length is < 2 or > 4) continue;
            var word = text.AsSpan(t.Start, t.Length);
            if (word.Equals("we", StringComparison.OrdinalIgnoreCase) || word.Equals("our", StringComparison.OrdinalIgnoreCase)
                || word.Equals("us", StringComparison.OrdinalIgnoreCase))
                persons |= GrammaticalPersons.FirstPlural;
            else if (word.Equals("you", StringComparison.OrdinalIgnoreCase) || word.Equals("your", StringComparison.OrdinalIgnoreCase))
                persons |= GrammaticalPersons.Second;
        }
        return persons;
    }

    /// <summary>A contrast cue right before the mention: "versus traditional late fusion", "instead of X".</summary>
    public static bool IsContrastive(string text, List<Token> tokens, int at)
    {
        return CueMatcher.LastBefore(text, tokens, at, Cues.Contrasts, earliest: at - 4) >= 0;
    }

    /// <summary>
    /// The cues around a mention of this type that a rule reads (<see cref="MentionCues"/>): only an organization
    /// releases, and only a technique or domain is attributed, so the others' cues are not looked for.
    /// </summary>
    public static MentionCues CuesOf(EntityType type, string text, List<Token> tokens, int start, int end) => type switch
    {
        EntityType.Technique or EntityType.Domain => CuesBefore(text, tokens, start),
        EntityType.Organization => (ReleaseVerbFollows(text, tokens, end) ? MentionCues.ReleaseVerbAfter : MentionCues.None)
            | (start > 0 && tokens[start - 1].Kind == TokenKind.Word && CueMatcher.WordEquals(text.AsSpan(tokens[start - 1].Start, tokens[start - 1].Length), "the")
                ? MentionCues.Institution : MentionCues.None),
        _ => (IsMeasuredOn(text, tokens, start) ? MentionCues.Benchmark : MentionCues.None)
            | (start > 0 && CueMatcher.LastBefore(text, tokens, start, Cues.MethodUses, earliest: start - 2) >= 0 ? MentionCues.MethodUse : MentionCues.None),
    };

    /// <summary>Words before "on" that make what follows a base, not a benchmark: "built on Llama", "runs on Jetson".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_onBases = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "built", "based", "trained", "fine-tuned", "finetuned", "tuned", "pretrained", "pre-trained", "runs", "run", "running",
        "relies", "rely", "relying", "depends", "depend", "available", "deployed", "hosted", "works", "work", "focus", "focuses",
        "focused", "builds", "build", "building", "layered", "launched", "released", "live", "out", "now", "coming", "comes",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "achieves 90.2% on HumanEval", "beats GPT-4 on MMLU": a work after "on" in a comparison is what the scores were
    /// measured on, a benchmark, not a rival; "built on Llama", "runs on Jetson" are bases, not benchmarks.
    /// </summary>
    private static bool IsMeasuredOn(string text, List<Token> tokens, int start)
    {
        if (start >= 2 && NamedAsABenchmark(text, tokens, start)) return true;
        if (start < 2 || tokens[start - 1].Kind != TokenKind.Word || !CueMatcher.WordEquals(text.AsSpan(tokens[start - 1].Start, tokens[start - 1].Length), "on"))
            return false;
        var before = tokens[start - 2];
        return before.Kind != TokenKind.Word || !s_onBases.Contains(text.AsSpan(before.Start, before.Length));
    }

    /// <summary>Nouns that say what follows "such as" is a benchmark: "speech recognition benchmarks such as LibriSpeech".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_benchmarkNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "benchmark", "benchmarks", "dataset", "datasets", "leaderboard", "leaderboards", "eval", "evals", "evaluations", "test", "tests",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"benchmarks such as LibriSpeech", "datasets like GSM8K", "benchmarks including MMLU": a benchmark, named as one.</summary>
    private static bool NamedAsABenchmark(string text, List<Token> tokens, int start)
    {
        int k = start - 1;
        if (tokens[k].Kind != TokenKind.Word) return false;
        var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
        if (CueMatcher.WordEquals(word, "as") && k >= 2 && CueMatcher.WordEquals(text.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length), "such")) k -= 2;
        else if (CueMatcher.WordEquals(word, "like") || CueMatcher.WordEquals(word, "including")) k -= 1;
        else return false;
        if (k >= 0 && tokens[k].Kind == TokenKind.Punct && text[tokens[k].Start] == ',') k--;
        return k >= 0 && tokens[k].Kind == TokenKind.Word && s_benchmarkNouns.Contains(text.AsSpan(tokens[k].Start, tokens[k].Length));
    }

    /// <summary>The cues in the few words before a mention (<see cref="MentionCues"/>).</summary>
    private static MentionCues CuesBefore(string text, List<Token> tokens, int at)
    {
        var cues = MentionCues.None;
        if (CueMatcher.LastBefore(text, tokens, at, Cues.MethodUses, earliest: at - 3) >= 0) cues |= MentionCues.MethodUse;
        if (CueMatcher.LastBefore(text, tokens, at, Cues.Applications, earliest: at - 3) >= 0) cues |= MentionCues.Application;
        if (CueMatcher.LastBefore(text, tokens, at, Cues.Negations, earliest: at - 4) >= 0) cues |= MentionCues.Negated;
        return cues;
    }

    /// <summary>"from ByteDance", "by Google": the maker cue is the word right before the organization.</summary>
    public static bool FollowsMakerCue(string text, List<Token> tokens, int at)
    {
        // "from the University of Toronto": the article belongs to the name
        if (at > 0 && tokens[at - 1].Kind == TokenKind.Word && CueMatcher.WordEquals(text.AsSpan(tokens[at - 1].Start, tokens[at - 1].Length), "the"))
            at--;
        for (int len = 1; len <= 3 && at - len >= 0; len++)
        {
            int n = CueMatcher.MatchAt(text, tokens, at - len, Cues.Makers);
            if (n == len) return true;
        }
        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_auxiliaries =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "has", "have", "had", "just", "now", "finally", "officially", "quietly", "also", "has just", "is", "was", "recently",
            "today", "yesterday", "will", "then", "already", "publicly", "team", "researchers",
            // "DeepSeek-AI and collaborators present NSA"
            "and", "collaborators", "colleagues", "partners",
        }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"Meta has released", "OpenAI just shipped": a release verb after the mention, past a few auxiliaries.</summary>
    private static bool ReleaseVerbFollows(string text, List<Token> tokens, int end)
    {
        for (int i = end; i < tokens.Count && i < end + 4; i++)
        {
            if (CueMatcher.MatchAt(text, tokens, i, Cues.Releases) > 0) return true;
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || !s_auxiliaries.Contains(text.AsSpan(t.Start, t.Length))) return false;
        }
        return false;
    }

    /// <summary>"ByteDance's model": an apostrophe-s right after the mention.</summary>
    public static bool IsPossessive(string text, List<Token> tokens, int end) =>
        end + 1 < tokens.Count && tokens[end].Kind == TokenKind.Punct && text[tokens[end].Start] is '\'' or '\u2019'
        && tokens[end + 1].Joined && tokens[end + 1].Length == 1 && text[tokens[end + 1].Start] is 's' or 'S';

    /// <summary>Two mentions joined only by commas, dashes, "or" / "and": items of one list.</summary>
    public static bool AreCoordinated(string text, List<Token> tokens, int previousEnd, int nextStart)
    {
        int between = nextStart - previousEnd;
        if (between is < 1 or > 3) return false;
        for (int i = previousEnd; i < nextStart; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punct && text[t.Start] is ',' or '/' or '-' or '\u2013' or '\u2014' or '&') continue;
            if (t.Kind == TokenKind.Word && s_coordinators.Contains(text.AsSpan(t.Start, t.Length))) continue;
            return false;
        }
        return true;
    }

    /// <summary>"OrbitVLA, Google's ...", "OrbitVLA - Google's ...": a single comma or dash between two mentions.</summary>
    public static bool IsAppositive(string text, List<Token> tokens, int previousEnd, int nextStart) =>
        nextStart - previousEnd == 1 && tokens[previousEnd].Kind == TokenKind.Punct
        && text[tokens[previousEnd].Start] is ',' or '-' or '\u2013' or '\u2014' or '(';

    private static int FirstWord(List<Token> tokens)
    {
        for (int i = 0; i < tokens.Count; i++) if (tokens[i].Kind == TokenKind.Word) return i;
        return -1;
    }
}
