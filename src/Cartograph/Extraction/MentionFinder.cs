using Cartograph.Graph;
using Cartograph.Lexicons;

namespace Cartograph.Extraction;

/// <summary>
/// What <see cref="MentionFinder"/> found at one token, kept so a second pass over the same sentence does not do it
/// again: the lexicon match once looked up (<see cref="EndPlusOne"/> 0: not yet; <see cref="Entry"/> null: none)
/// and the discovered name once tried (<see cref="DiscoverKnown"/>; <see cref="Discovered"/> null: none).
/// </summary>
internal struct TokenMatch
{
    public LexiconEntry? Entry;
    public int EndPlusOne;
    public bool DiscoverKnown;
    public Mention? Discovered;
}

/// <summary>
/// Finds the mentions of one sentence in a single left-to-right pass: at each word, the longest of
/// (a) a lexicon form, (b) a name discovered from its shape or from the cue before it, and
/// (c) a name already discovered elsewhere in the document. Ties go to the lexicon.
/// </summary>
public sealed class MentionFinder
{
    private static readonly HashSet<string> s_connectors = new(StringComparer.OrdinalIgnoreCase) { "with", "of", "for" };
    private static readonly HashSet<string> s_introFillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "'s", "s", "more", "most", "really", "actually", "interesting", "this", "the", "a", "an", "called",
        "something", "one", "thing", "paper", "new", "is", "here", "up", "it's", "that's", "which", "about", "with", "we've", "got",
        "pretty", "cool", "next", "quite", "so", "now", "then", "first", "also", "proposed", "they're", "they",
    };

    // span look-ups into the word sets, so a word is tested without making a string of it
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_connectorLookup = s_connectors.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_introFillerLookup = s_introFillers.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Lexicon _lexicon;
    private readonly bool _hasCommonLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _commonLookup;

    public MentionFinder(Lexicon lexicon)
    {
        _lexicon = lexicon;
        if (lexicon.CommonWords is HashSet<string> common && common.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup))
        {
            _commonLookup = lookup;
            _hasCommonLookup = true;
        }
    }

    public void Find(string text, List<Token> tokens, LexiconIndex? documentNames, ISet<string> speakers, List<Mention> found) =>
        Find(text, tokens, documentNames, speakers, found, default);

    /// <summary>
    /// As <see cref="Find(string, List{Token}, LexiconIndex?, ISet{string}, List{Mention})"/>, remembering the lexicon
    /// match and the discovered name at each token in <paramref name="matches"/> (one per token, or empty) so a second
    /// pass over the same sentence does not look them up again (neither depends on <paramref name="documentNames"/>).
    /// </summary>
    internal void Find(string text, List<Token> tokens, LexiconIndex? documentNames, ISet<string> speakers, List<Mention> found, Span<TokenMatch> matches)
    {
        found.Clear();
        FindQuotedTitles(text, tokens, found);
        bool titleCase = IsTitleCase(text, tokens);
        int lastHead = LastMethodHead(text, tokens);
        // only a title can cover a token still ahead: the loop moves past every mention it adds
        int titles = found.Count;
        var speakerNames = new SpeakerNames(speakers);
        int i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Kind == TokenKind.Punct || (titles > 0 && Covered(found, titles, i)))
            {
                i++;
                continue;
            }
            // the longest candidate wins; only the winner becomes a Mention
            LexiconEntry? bestEntry = null;
            int bestEnd = i;
            var bestOrigin = MentionOrigin.Lexicon;
            if (MatchLexicon(text, tokens, i, matches, out var entry, out int lexEnd))
            {
                bestEntry = entry;
                bestEnd = lexEnd;
            }
            // a name this document introduces as its paper outranks a lexicon product or method of the same words
            if (documentNames is not null && documentNames.TryMatch(text, tokens, i, out var known, out int knownEnd)
                && (bestEntry is null || knownEnd > bestEnd
                    || (knownEnd == bestEnd && known.Type == EntityType.Paper && bestEntry.Type is EntityType.Product or EntityType.Technique)))
            {
                bestEntry = known;
                bestEnd = knownEnd;
                bestOrigin = MentionOrigin.Discovered;
            }
            Mention? discovered;
            if (i < matches.Length)
            {
                // the same in both passes: it depends on the sentence alone
                ref var cached = ref matches[i];
                if (!cached.DiscoverKnown)
                {
                    cached.Discovered = Discover(text, tokens, i, speakerNames, titleCase);
                    cached.DiscoverKnown = true;
                }
                discovered = cached.Discovered;
            }
            else
            {
                discovered = Discover(text, tokens, i, speakerNames, titleCase);
            }
            // not cached: it looks at the mentions found before it in the sentence, which pass 2 may change
            discovered ??= i < lastHead ? DiscoverLowerCaseMethod(text, tokens, i, found) : null;
            Mention? best;
            // "Gemini 2.0", "Gemini 2.5 Pro": a generation of a known product, and a tier of that, outrank a name made of the same words
            if (bestEntry is not null && bestOrigin == MentionOrigin.Lexicon && bestEntry.Type == EntityType.Product
                && ProductGenerations.VersionEnd(text, tokens, bestEnd) is int versionEnd and > 0
                && (discovered is null || discovered.TokenStart != i || discovered.TokenEnd <= versionEnd + 1))
            {
                var generation = ProductGenerations.Generation(bestEntry, text.Substring(tokens[bestEnd].Start, tokens[bestEnd].Length));
                if (ProductTiers.TierAfter(text, tokens, versionEnd) is { } generationTier)
                {
                    generation = ProductTiers.Variant(generation, generationTier);
                    versionEnd++;
                }
                discovered = null;
                bestEntry = generation;
                bestEnd = versionEnd;
            }
            // "PyTorch Native", "Gemini with GPT-4": ordinary words after a known product or company are no new name
            // (a version or a coined word is: "Gemini 2.0", "Llama-Adapter")
            if (discovered is not null && bestEntry is { Type: EntityType.Product or EntityType.Organization } && bestOrigin == MentionOrigin.Lexicon
                && discovered.TokenStart == i && discovered.TokenEnd > bestEnd && !ExtendsWithVersionOrCoinedWord(text, tokens, bestEnd, discovered.TokenEnd)
                && (bestEntry.Type == EntityType.Organization || JoinsAnotherName(text, tokens, bestEnd, discovered.TokenEnd)))
                discovered = null;
            // a known product becomes the paper only when a cue introduces it ("Next up is Seedance 1.5"), not for a head
            // noun after it ("built upon the Llama-2 model")
            if (discovered is not null && (bestEntry is null || discovered.TokenEnd > bestEnd
                || (discovered.Introduced && discovered.TokenEnd >= bestEnd && bestEntry.Type == EntityType.Product && HasIntroductionBefore(text, tokens, i, knownName: true))))
            {
                best = discovered;
            }
            else if (bestEntry is not null && bestOrigin == MentionOrigin.Lexicon && bestEntry.Type == EntityType.Product
                && ProductTiers.TierAfter(text, tokens, bestEnd) is { } tier)
            {
                // "Gemini Ultra", "GPT-3.5 Turbo": a tier of a known product is a product of its own, by the same maker
                var variant = ProductTiers.Variant(bestEntry, tier);
                best = new Mention(i, bestEnd + 1, EntityType.Product, variant.Canonical, Span(text, tokens, i, bestEnd + 1), MentionOrigin.Lexicon, variant);
            }
            else if (bestEntry is not null)
            {
                best = new Mention(i, bestEnd, bestEntry.Type, bestEntry.Canonical, Span(text, tokens, i, bestEnd), bestOrigin,
                    bestOrigin == MentionOrigin.Lexicon ? bestEntry : null);
                if (discovered is { Introduced: true } && bestOrigin == MentionOrigin.Discovered && discovered.TokenEnd == bestEnd)
                    best = best with { Introduced = true }; // a known name, introduced again here by its cue
            }
            else
            {
                best = null;
            }
            if (best is null)
            {
                i++;
                continue;
            }
            // "We present Segment Anything Model 2": a released model introduced as the subject is the paper
            if (best.Origin == MentionOrigin.Lexicon && best.Type == EntityType.Product && HasIntroductionBefore(text, tokens, i, knownName: true))
                best = new Mention(i, best.TokenEnd, EntityType.Paper, best.Surface, best.Surface, MentionOrigin.Discovered, null) { Introduced = true };
            best = WithAcronymDefinition(text, tokens, best);
            found.Add(best);
            i = Math.Max(best.TokenEnd, i + 1);
        }
        found.Sort((a, b) => a.TokenStart.CompareTo(b.TokenStart));
    }

    private bool MatchLexicon(string text, List<Token> tokens, int i, Span<TokenMatch> matches, out LexiconEntry entry, out int end)
    {
        if (i >= matches.Length) return _lexicon.Index.TryMatch(text, tokens, i, out entry, out end);
        ref var m = ref matches[i];
        if (m.EndPlusOne == 0)
        {
            bool found = _lexicon.Index.TryMatch(text, tokens, i, out var e, out int matchEnd);
            m.Entry = found ? e : null;
            m.EndPlusOne = matchEnd + 1;
        }
        entry = m.Entry!;
        end = m.EndPlusOne - 1;
        return m.Entry is not null;
    }

    /// <summary>"Gemini with GPT-4", "ChatGPT Plus and Claude": a connector word joins two names into one run.</summary>
    private static bool JoinsAnotherName(string text, List<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (tokens[k].Kind == TokenKind.Word && s_connectorLookup.Contains(text.AsSpan(tokens[k].Start, tokens[k].Length))) return true;
        return false;
    }

    private static bool ExtendsWithVersionOrCoinedWord(string text, List<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Number) return true;
            if (t.Kind == TokenKind.Word && (NameShapes.IsCoined(text.AsSpan(t.Start, t.Length)) || NameShapes.IsAcronym(text.AsSpan(t.Start, t.Length))
                || char.IsDigit(text[t.Start]))) return true;
            if (t.Kind == TokenKind.Punct && t.Joined) return true; // "Llama-Adapter": one hyphenated name
        }
        return false;
    }

    /// <summary>Words that name a person's role: a capitalised run holding one is a person ("GitHub CEO Nat Friedman").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_personRoles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "ceo", "cto", "cfo", "coo", "founder", "cofounder", "co-founder", "president", "director", "youtuber", "influencer",
        "professor", "prof", "dr", "mr", "ms", "mrs", "vp", "chairman", "chairwoman", "ceos",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Second parts of a hyphenated modifier before a name: "SFT-trained", "RL-tuned", "LLM-based".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_trainedModifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "trained", "tuned", "pretrained", "finetuned", "based", "aligned", "distilled", "guided", "powered", "enhanced",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs that introduce a name and are capitalised only because they open a headline ("Proposes LLaDA").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_headlineVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "proposes", "introduces", "presents", "introducing", "presenting", "announcing", "unveils", "meet", "releases",
        "launches", "highlighted", "highlights",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"Break Out the Silverware" is the title: a quoted Title Case phrase in a sentence that says it is a name.</summary>
    private static void FindQuotedTitles(string text, List<Token> tokens, List<Mention> found)
    {
        // most sentences quote nothing: one vectorised search says so without visiting each token
        if (tokens.Count == 0 || text.AsSpan(tokens[0].Start, tokens[^1].End - tokens[0].Start).IndexOfAny(s_quoteMarks) < 0) return;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!IsQuote(text, tokens[i])) continue;
            int close = i + 1;
            while (close < tokens.Count && !IsQuote(text, tokens[close])) close++;
            if (close >= tokens.Count) return;
            int words = 0, capitals = 0;
            for (int k = i + 1; k < close; k++)
            {
                if (tokens[k].Kind != TokenKind.Word) continue;
                words++;
                if (NameShapes.IsCapitalised(text.AsSpan(tokens[k].Start, tokens[k].Length))) capitals++;
            }
            bool titleCase = words is >= 2 and <= 12 && capitals * 2 > words
                && NameShapes.IsCapitalised(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length));
            if (titleCase && (CueMatcher.Contains(text, tokens, 0, tokens.Count, s_titleCues)))
            {
                string label = Span(text, tokens, i + 1, close);
                found.Add(new Mention(i + 1, close, EntityType.Paper, label, label, MentionOrigin.Discovered, null) { Introduced = true });
            }
            i = close;
        }
    }

    private static readonly CueList s_copulas = Cues.Phrases("is a", "is an", "is the", "'s a", "is basically a", "is essentially a", "is a new", "is their");

    /// <summary>"X is a small language model", "X is an open benchmark": a copula, at most four words, a paper head noun.</summary>
    private static bool IsDefinedAsWork(string text, List<Token> tokens, int end)
    {
        int n = CueMatcher.MatchAt(text, tokens, end, s_copulas);
        return n > 0 && PaperHeadWithin(text, tokens, end + n, 4);
    }

    /// <summary>How many words an appositive may put before its head: "a general-purpose contextual text embedding model".</summary>
    private const int AppositiveWords = 7;

    /// <summary>A lower-case paper head ("model", "benchmark") within <paramref name="words"/> tokens from <paramref name="from"/>, before any punctuation but a hyphen.</summary>
    private static bool PaperHeadWithin(string text, List<Token> tokens, int from, int words)
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
            if (NameShapes.PaperHeadLookup.Contains(w) && char.IsLower(w[0])) return true;
        }
        return false;
    }

    private static readonly CueList s_componentNamingCues = Cues.Phrases("they call", "they're calling", "they are calling", "they term", "they dub");

    private static readonly CueList s_nextCues = Cues.Phrases("is next", "is up next", "comes next", "is up", "is our next", "is the next");

    private static readonly CueList s_titleCues = Cues.Phrases("title", "titled", "called", "paper", "entitled", "named");

    // the quotation marks around a title, straight and curly: searched for in a sentence, then tested per token
    private static readonly System.Buffers.SearchValues<char> s_quoteMarks = System.Buffers.SearchValues.Create("\"\u201C\u201D");

    private static bool IsQuote(string text, Token t) => t.Kind == TokenKind.Punct && s_quoteMarks.Contains(text[t.Start]);

    private static bool Covered(List<Mention> found, int count, int i)
    {
        for (int k = 0; k < count; k++)
            if (i >= found[k].TokenStart && i < found[k].TokenEnd) return true;
        return false;
    }

    /// <summary>
    /// A name recognised without the lexicon: a coined word (TalkVerse, KFS-Bench), a capitalised
    /// run ending in a method word (Masked Alignment Loss), or a capitalised name right after an
    /// introduction cue (Next one - Live Avatar) or before a paper word (the Seedance model).
    /// </summary>
    private Mention? Discover(string text, List<Token> tokens, int at, SpeakerNames speakers, bool titleCase)
    {
        var first = tokens[at];
        if (first.Kind != TokenKind.Word) return null;
        var firstWord = text.AsSpan(first.Start, first.Length);
        if (!char.IsUpper(firstWord[0])) return null;
        if (speakers.Contains(firstWord)) return null;

        if (s_headlineVerbs.Contains(firstWord)) return null;
        // "Qwen2.5-VL-7B" read from "VL": the part after a hyphen never starts a name
        if (at > 1 && first.Joined && tokens[at - 1] is { Kind: TokenKind.Punct, Joined: true } joiner && text[joiner.Start] == '-'
            && tokens[at - 2].Kind != TokenKind.Punct) return null;
        // "SFT-trained RoboRefer", "RL-tuned Foo": the name starts after the modifier (a title-case "Hardware-Aligned
        // Optimization" is one name)
        if (at + 3 < tokens.Count && tokens[at + 1] is { Kind: TokenKind.Punct, Joined: true } hyphen && text[hyphen.Start] == '-'
            && tokens[at + 2] is { Kind: TokenKind.Word, Joined: true } part && char.IsLower(text[part.Start])
            && s_trainedModifiers.Contains(text.AsSpan(part.Start, part.Length))
            && tokens[at + 3] is { Kind: TokenKind.Word, Joined: false } after && char.IsUpper(text[after.Start]))
            return null;
        int end = RunEnd(text, tokens, at, titleCase, out bool coined, out int capitalWords);
        if (end <= at) return null;
        for (int k = at; k < end; k++)
            if (tokens[k].Kind == TokenKind.Word && s_personRoles.Contains(text.AsSpan(tokens[k].Start, tokens[k].Length))) return null;
        // in a title line the capitalised words after a coined name are title case: "ReCamMaster Repo" is "ReCamMaster"
        if (titleCase && coined) end = EndOfCoinedPart(text, tokens, at, end);
        bool sentenceStart = at == 0 || (tokens[at - 1].Kind == TokenKind.Punct && text[tokens[at - 1].Start] is '-' or ':' or '"' or '\u201C' && at == 1);
        bool singlePlain = !coined && end - at == 1;
        bool firstJoined = at + 1 < tokens.Count && tokens[at + 1].Joined && tokens[at + 1].Kind == TokenKind.Punct && text[tokens[at + 1].Start] == '-';
        var lastWord = LastWord(text, tokens, at, end);
        // a sentence's capital says nothing, but three capitalised words ending in a method word still name one
        // ("Hierarchical Sparse Attention – NSA combines ...")
        bool methodRun = capitalWords >= 3 && !titleCase && NameShapes.MethodHeadLookup.Contains(lastWord);
        // "● Outperforms Full Attention –": a heading that opens with a verb says something of a method, it names none
        if ((at == 0 || tokens[at - 1].Kind == TokenKind.Punct) && !coined && firstWord.Length > 3 && firstWord[^1] == 's'
            && firstWord[^2] != 's' && IsDictionaryWord(firstWord[..^1]))
            return null;
        if (sentenceStart && IsCommonWord(firstWord) && !NameShapes.IsAcronym(firstWord) && !firstJoined && !methodRun) return null;

        // "These Video-Language Models": a plural class noun ends a description, not a name
        if (lastWord.Length > 3 && lastWord.EndsWith('s') && NameShapes.PaperHeadLookup.Contains(lastWord[..^1])) return null;
        bool introduced = HasIntroductionBefore(text, tokens, at) || CueMatcher.MatchAt(text, tokens, end, s_nextCues) > 0;
        Token? next = end < tokens.Count ? tokens[end] : null;
        var nextWord = next is { Kind: TokenKind.Word } n && !n.Joined ? text.AsSpan(n.Start, n.Length) : default;
        bool hasNextWord = next is { Kind: TokenKind.Word, Joined: false };

        // a name whose own head is a method word is a technique: "Masked Alignment Loss", "VideoCus-Factory"
        // (title case mid-sentence is the signal, so ordinary words inside are fine: "Tool Benefit Score";
        // in a title line every word is capitalised, so only a coined name counts there, not "Fast Retrieval")
        if (NameShapes.MethodHeadLookup.Contains(lastWord) && (coined || (capitalWords >= 2 && !titleCase)))
        {
            // unless the work introduces it as a whole work: "We present QZhou-Embedding, a general-purpose text
            // embedding model"
            bool introducedAsWork = introduced && end < tokens.Count && tokens[end].Kind == TokenKind.Punct && text[tokens[end].Start] == ','
                && PaperHeadWithin(text, tokens, end + 1, AppositiveWords);
            return Discovered(text, tokens, at, end, introducedAsWork ? EntityType.Paper : EntityType.Technique, introducedAsWork);
        }

        // "the AT-GRPO algorithm", "GRAM module": a lower-case method word after the name
        if (hasNextWord && char.IsLower(nextWord[0]) && NameShapes.MethodHeadLookup.Contains(nextWord) && (coined || IsAcronymRun(text, tokens, at, end)))
        {
            string label = Span(text, tokens, at, end);
            return new Mention(at, end, EntityType.Technique, label, label, MentionOrigin.Discovered, null) { Alias = string.Concat(label, " ", nextWord) };
        }

        bool paperHeadAfter = hasNextWord && NameShapes.PaperHeadLookup.Contains(nextWord) && char.IsLower(nextWord[0])
            // "Computers work with numbers": a dictionary word capitalised only because it opens the sentence
            && !(sentenceStart && singlePlain && IsDictionaryWord(firstWord));
        // "they use what they call Inner-Guidance": a part the work names, not a new paper
        if (coined && !paperHeadAfter && CueMatcher.LastBefore(text, tokens, at, s_componentNamingCues, earliest: at - 4) is int cue and >= 0
            && !HasIntroductionBefore(text, tokens, cue))
            return Discovered(text, tokens, at, end, EntityType.Technique);
        if (coined)
            return Discovered(text, tokens, at, end, EntityType.Paper, introduced || paperHeadAfter);

        bool acronym = IsAcronymRun(text, tokens, at, end);
        if (acronym)
        {
            // a title's opening acronym names the work: "BOAD: Discovering Hierarchical Software Engineering Agents"
            if (titleCase && at == 0 && next is { Kind: TokenKind.Punct } colon && text[colon.Start] == ':')
                return Discovered(text, tokens, at, end, EntityType.Paper, introduced: true);
            // a bare acronym is only a name when a cue introduces it: "they're proposing GRAM"
            return introduced ? Discovered(text, tokens, at, end, EntityType.Technique) : null;
        }
        if (singlePlain && IsCommonWord(firstWord)) return null;
        if (introduced || paperHeadAfter)
        {
            if (IsAllCommonRun(text, tokens, at, end) && !paperHeadAfter) return null;
            return Discovered(text, tokens, at, end, EntityType.Paper, introduced: true);
        }
        // "Hymba is a small language model from NVIDIA": a name defined as a work is a paper (a lexicon product of
        // the same name still wins the tie, so "Gemini is a model" stays the product)
        if (!IsAllCommonRun(text, tokens, at, end) && IsDefinedAsWork(text, tokens, end))
            return Discovered(text, tokens, at, end, EntityType.Paper);
        return null;
    }

    private static readonly HashSet<string> s_methodDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "these", "that", "their", "its", "our", "his", "her", "new", "novel", "so-called",
    };

    /// <summary>Possessives that make what follows the work's own: "their multi-step retrospective self-correction mechanism".</summary>
    private static readonly HashSet<string> s_ownDeterminers = new(StringComparer.OrdinalIgnoreCase) { "their", "its", "our" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_ownDeterminerLookup = s_ownDeterminers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Method head nouns too broad to make a name from lower-case words alone ("a three-stage pipeline", "processing units").</summary>
    private static readonly HashSet<string> s_broadHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "score", "factory", "pipeline", "strategy", "policy", "reward", "head", "trick", "technique", "schedule", "transform",
        "operator", "kernel", "unit", "units",
    };

    /// <summary>Modifiers that describe any method rather than name one ("additional loss", "real-time decoding").</summary>
    private static readonly HashSet<string> s_vagueModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "additional", "extra", "auxiliary", "specific", "special", "specialized", "dedicated", "separate", "proposed", "designed",
        "various", "several", "multiple", "certain", "overall", "original", "improved", "modified", "particular", "unique",
        "important", "essential", "crucial", "effective", "powerful", "strong", "elegant", "clever", "careful", "fancy", "neat",
        "whole", "usual", "typical", "standard", "existing", "traditional", "conventional", "basic", "previous", "prior",
        "high-quality", "state-of-the-art", "real-time", "large-scale", "small-scale", "low-latency", "high-resolution",
        "open-source", "end-to-end", "off-the-shelf", "well-known", "so-called", "low-cost",
        "cost-effective", "plug-and-play", "easy-to-use", "better", "best", "worse", "more", "less", "much", "such", "any",
        "each", "every", "some", "other", "another", "both", "all", "no", "one", "two", "three", "four", "five",
        "they", "we", "it", "you", "he", "she", "i", "them", "us", "there", "here", "what", "which", "who", "how", "not",
        "then", "also", "just", "even", "still", "only", "very", "really", "now", "so", "too", "again", "either", "actually",
        "basically", "simply", "maybe", "perhaps", "instead", "later", "first", "second", "third", "last", "final", "same",
        // praise describes a method, it does not name one ("exceptional text representation capabilities")
        "exceptional", "excellent", "remarkable", "impressive", "outstanding", "superior", "competitive", "robust",
        "efficient", "stronger", "remarkably", "significant", "substantial", "notable", "promising",
    };

    /// <summary>Nouns after a method that say it is one: "this bidirectional distillation approach".</summary>
    private static readonly HashSet<string> s_approachNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "approach", "method", "scheme", "technique", "setup", "recipe",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_approachNounLookup = s_approachNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A lower-case coined method: one to three modifiers and a method head noun right after a cue that says the work
    /// uses or proposes it ("they use bimodally-conditioned gates", "with hierarchical bottleneck fusion", "their
    /// multi-step retrospective self-correction mechanism"). The modifiers must make a name: a hyphenated one, or two
    /// with an uncommon word among them, so "the first fusion", "a standard attention layer" or "avatar
    /// representation" are not names. "this bidirectional distillation approach" names itself a method, so any
    /// modifier that is not vague will do.
    /// </summary>
    private Mention? DiscoverLowerCaseMethod(string text, List<Token> tokens, int at, List<Mention> found)
    {
        var first = tokens[at];
        if (first.Kind != TokenKind.Word || !char.IsLower(text[first.Start])) return null;
        if (at == 0 || (first.Joined && tokens[at - 1].Kind == TokenKind.Punct)) return null;
        // ", and sliding window mechanisms": a list's last item starts after its "and"
        if (s_connectorLookup.Contains(text.AsSpan(first.Start, first.Length)) || text.AsSpan(first.Start, first.Length) is "and" or "or" or "but" or "plus")
            return null;
        // cheap checks first, without allocating: the word before can end a cue, a method head is within reach,
        // then the whole cue
        var before = tokens[at - 1];
        if (before.Kind == TokenKind.Word ? !s_wordsBeforeMethod.Contains(text.AsSpan(before.Start, before.Length)) : text[before.Start] != ',')
            return null;
        if (!MethodHeadAhead(text, tokens, at) || !HasMethodCueBefore(text, tokens, at, found)) return null;
        // "we do love data augmentation": after an emphatic "do" comes a verb, not a modifier ("they do mixed training")
        if (before.Kind == TokenKind.Word && text.AsSpan(before.Start, before.Length) is "do" or "does" or "did"
            && s_emphasisedVerbLookup.Contains(text.AsSpan(first.Start, first.Length)))
            return null;

        int i = at, words = 0, headEnd = -1;
        bool distinctive = false, hyphenated = false;
        while (i < tokens.Count && words < 4)
        {
            int wordEnd = HyphenatedWordEnd(text, tokens, i);
            if (wordEnd < 0) break;
            string word = text.Substring(tokens[i].Start, tokens[wordEnd - 1].End - tokens[i].Start);
            words++;
            if (IsLowerMethodHead(word) && words >= 2)
            {
                headEnd = wordEnd;
                // "adaptive reward scaling": a head followed by another head extends the name
                int nextEnd = wordEnd < tokens.Count ? HyphenatedWordEnd(text, tokens, wordEnd) : -1;
                if (nextEnd < 0 || !IsLowerMethodHead(text.Substring(tokens[wordEnd].Start, tokens[nextEnd - 1].End - tokens[wordEnd].Start)))
                    break;
            }
            if (s_vagueModifiers.Contains(word) || s_methodDeterminers.Contains(word) || s_connectors.Contains(word)) return null;
            // "a carefully tuned loss": an adverb describes, it does not name ("early" is an adjective)
            if (!word.Contains('-') && word.EndsWith("ly", StringComparison.Ordinal) && !IsCommonWord(word)) return null;
            hyphenated |= word.Contains('-');
            if (word.Contains('-') || (!IsCommonWord(word) && word.Length >= 4)) distinctive = true;
            i = wordEnd;
        }
        if (headEnd < 0) return null;
        bool namedAMethod = headEnd < tokens.Count && tokens[headEnd].Kind == TokenKind.Word
            && s_approachNounLookup.Contains(text.AsSpan(tokens[headEnd].Start, tokens[headEnd].Length));
        if (!namedAMethod && !(distinctive && (hyphenated || words >= 3))) return null;
        string label = Span(text, tokens, at, headEnd);
        return new Mention(at, headEnd, EntityType.Technique, label, label, MentionOrigin.Discovered, null);
    }

    /// <summary>Verbs said after an emphatic "do" ("we do love", "they do use", "I do think").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_emphasisedVerbLookup =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "love", "like", "want", "need", "use", "think", "believe", "know", "see", "have", "get", "make", "try", "feel",
            "hope", "care", "agree", "prefer", "enjoy", "appreciate", "rely", "leverage", "recommend", "find", "expect",
        }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_determinerLookup =
        s_methodDeterminers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that can come right before a lower-case method: a determiner, the last word of a usage cue, a list's "and".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_wordsBeforeMethod = WordsBeforeMethod();

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsBeforeMethod()
    {
        var words = new HashSet<string>(s_methodDeterminers, StringComparer.OrdinalIgnoreCase) { "and", "or" };
        foreach (var phrase in Cues.MethodUses) words.Add(phrase[^1]);
        return words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A method head noun (or "training") among the next few words after <paramref name="at"/>.</summary>
    private static bool MethodHeadAhead(string text, List<Token> tokens, int at)
    {
        for (int k = at + 1; k < tokens.Count && k <= at + 8; k++)
            if (IsMethodHeadToken(text, tokens[k])) return true;
        return false;
    }

    /// <summary>Index of the sentence's last method head noun, or -1: lower-case methods are only looked for before it.</summary>
    private static int LastMethodHead(string text, List<Token> tokens)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        for (int k = span.Length - 1; k > 0; k--)
            if (IsMethodHeadToken(text, span[k])) return k;
        return -1;
    }

    /// <summary>
    /// A lower-case method head noun, its plural, or "training". Every word of every sentence is asked (for the
    /// sentence's last head) and nearly all are not: the hash filter, inline, rules them out without a look-up.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsMethodHeadToken(string text, in Token t) =>
        t.Kind == TokenKind.Word && (s_methodHeadKeys is null || s_methodHeadKeys.MayContain(t.KeyHash)) && IsMethodHeadWord(text, t);

    private static bool IsMethodHeadWord(string text, in Token t)
    {
        if (!char.IsLower(text[t.Start])) return false;
        var w = text.AsSpan(t.Start, t.Length);
        return NameShapes.MethodHeadLookup.Contains(w) || w.SequenceEqual("training") || (w.Length > 4 && w[^1] == 's' && NameShapes.MethodHeadLookup.Contains(w[..^1]));
    }

    // the hashes of the keys of the heads, their plurals and "training": a head token's key has one of them. The heads
    // are ASCII, and no character outside ASCII equals an ASCII one ignoring case (a test checks all of UTF-16), so the
    // set and the key agree on which words are heads; a head outside ASCII would leave the set to decide alone
    private static readonly KeyHashFilter? s_methodHeadKeys = NameShapes.MethodHeads.All(h => System.Text.Ascii.IsValid(h))
        ? new([.. NameShapes.MethodHeads.SelectMany(h => (string[])[h, h + "s"]).Append("training").Select(h => TextKey.Hash(h))], bitsPerKey: 32)
        : null;

    /// <summary>The end of the lower-case word at <paramref name="at"/> with its hyphen-joined parts ("self-correction"), or -1.</summary>
    private static int HyphenatedWordEnd(string text, List<Token> tokens, int at)
    {
        var t = tokens[at];
        if (t.Kind != TokenKind.Word || !char.IsLower(text[t.Start])) return -1;
        if (at > 0 && t.Joined && tokens[at - 1].Kind != TokenKind.Punct) return -1;
        int end = at + 1;
        while (end + 1 < tokens.Count && tokens[end].Kind == TokenKind.Punct && tokens[end].Joined && text[tokens[end].Start] == '-'
               && tokens[end + 1].Joined && tokens[end + 1].Kind != TokenKind.Punct)
            end += 2;
        // "8-bit", "cross-modal": a word may end in any case, but must not run into more punctuation-joined text
        return end;
    }

    private static bool IsLowerMethodHead(string word)
    {
        if (word.Contains('-') || s_broadHeads.Contains(word)) return false;
        if (NameShapes.MethodHeads.Contains(word) || word == "training") return true;
        return word.Length > 4 && word[^1] == 's' && NameShapes.MethodHeads.Contains(word[..^1]) && !s_broadHeads.Contains(word[..^1]);
    }

    /// <summary>
    /// A usage cue ends right before the phrase (determiners skipped), or the phrase continues a list whose previous
    /// item is a technique: "relies on depth-aware alignment and multi-scale feature fusion".
    /// </summary>
    private static bool HasMethodCueBefore(string text, List<Token> tokens, int at, List<Mention> found)
    {
        int i = at - 1;
        for (int skipped = 0; i >= 0 && skipped < 3; skipped++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || !s_determinerLookup.Contains(text.AsSpan(t.Start, t.Length))) break;
            if (s_ownDeterminerLookup.Contains(text.AsSpan(t.Start, t.Length))) return true;
            i--;
        }
        if (i > 0 && found.Count > 0 && found[^1].Type == EntityType.Technique && found[^1].TokenEnd == i
            && (tokens[i].Kind == TokenKind.Punct ? text[tokens[i].Start] == ',' : text.AsSpan(tokens[i].Start, tokens[i].Length) is "and" or "or"))
            return true;
        for (int len = 1; len <= 3 && i - len + 1 >= 0; len++)
        {
            int start = i - len + 1;
            int n = CueMatcher.MatchAt(text, tokens, start, Cues.MethodUses);
            if (n > 0 && start + n == i + 1) return true;
        }
        return false;
    }

    private static Mention Discovered(string text, List<Token> tokens, int at, int end, EntityType type, bool introduced = false)
    {
        string label = Span(text, tokens, at, end);
        return new Mention(at, end, type, label, label, MentionOrigin.Discovered, null) { Introduced = introduced };
    }

    /// <summary>The document's speakers, looked up by span (names are never entities).</summary>
    private readonly struct SpeakerNames
    {
        private readonly ISet<string> _set;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private readonly bool _hasLookup;

        public SpeakerNames(ISet<string> set)
        {
            _set = set;
            if (set is HashSet<string> hs && hs.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup))
            {
                _lookup = lookup;
                _hasLookup = true;
            }
        }

        public bool Contains(ReadOnlySpan<char> word)
        {
            if (_set.Count == 0) return false;
            return _hasLookup ? _lookup.Contains(word) : _set.Contains(word.ToString());
        }
    }

    /// <summary>
    /// The end of a capitalised run: capitalised words, hyphen-joined parts, a version number after a name
    /// ("Seedance 1.5") and connectors inside a longer name ("Consistency with Maximum Mean Discrepancy").
    /// </summary>
    private int RunEnd(string text, List<Token> tokens, int at, bool titleCase, out bool coined, out int capitalWords)
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
            if (t.Kind == TokenKind.Number && i > at && !t.Joined && end == i && i == at + 1 && !IsCommonWord(text.AsSpan(tokens[at].Start, tokens[at].Length)))
            {
                // a version number right after a one-word name: "Seedance 1.5", "Llama 3"
                i++;
                end = i;
                break;
            }
            if (t.Kind == TokenKind.Word && i > at && !t.Joined && s_connectorLookup.Contains(w)
                && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[i + 1].Start])
                && !IsCommonWord(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length))
                // "LLMs with Monte Carlo Tree Search": a known name before the connector makes two names, not one
                && !(_lexicon.Index.TryMatch(text, tokens, at, out _, out int knownEnd) && knownEnd == i)
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

    private static int EndOfCoinedPart(string text, List<Token> tokens, int at, int end)
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

    /// <summary>An acronym whose letters are the initials of the name before it: "Cross-Modal ... Discrepancy - CMAC-MMD".</summary>
    private static Mention WithAcronymDefinition(string text, List<Token> tokens, Mention m)
    {
        int e = m.TokenEnd;
        if (e + 1 >= tokens.Count) return m;
        var sep = tokens[e];
        if (sep.Kind != TokenKind.Punct || text[sep.Start] is not ('-' or '(' or '\u2013' or '\u2014') || sep.Joined) return m;
        int a = e + 1;
        int aEnd = a;
        while (aEnd < tokens.Count)
        {
            var t = tokens[aEnd];
            if (t.Kind == TokenKind.Word && (aEnd == a || t.Joined) && IsAcronymPart(text.AsSpan(t.Start, t.Length))) { aEnd++; continue; }
            if (t.Kind == TokenKind.Punct && t.Joined && text[t.Start] == '-' && aEnd + 1 < tokens.Count && tokens[aEnd + 1].Joined) { aEnd++; continue; }
            break;
        }
        if (aEnd == a) return m;
        string acronym = Span(text, tokens, a, aEnd);
        if (!InitialsMatch(m.Surface, acronym)) return m;
        int consumed = aEnd < tokens.Count && text[tokens[aEnd].Start] == ')' ? aEnd + 1 : aEnd;
        return m with { TokenEnd = consumed, Alias = acronym };
    }

    internal static bool InitialsMatch(string longForm, string acronym)
    {
        var initials = new System.Text.StringBuilder();
        var word = new System.Text.StringBuilder();
        foreach (char c in longForm + " ")
        {
            if (char.IsLetterOrDigit(c)) { word.Append(c); continue; }
            if (word.Length > 0)
            {
                string w = word.ToString();
                if (!s_connectors.Contains(w) || char.IsUpper(w[0])) initials.Append(char.ToUpperInvariant(w[0]));
                word.Clear();
            }
        }
        var letters = new System.Text.StringBuilder();
        foreach (char c in acronym) if (char.IsLetter(c)) letters.Append(char.ToUpperInvariant(c));
        if (letters.Length >= 2 && letters.ToString() == initials.ToString()) return true;
        // "MoR", "LoRA", "DiT": the capitals are the initials, lower-case letters fill in
        var capitals = new System.Text.StringBuilder();
        foreach (char c in acronym) if (char.IsUpper(c)) capitals.Append(c);
        return capitals.Length >= 2 && capitals.Length < letters.Length && capitals.ToString() == initials.ToString();
    }

    /// <summary>"GRPO", "MMD", or a short mixed-case acronym with two or more capitals: "MoR", "LoRA", "DiT".</summary>
    private static bool IsAcronymPart(ReadOnlySpan<char> word)
    {
        if (NameShapes.IsAcronym(word)) return true;
        if (word.Length > 6 || !char.IsUpper(word[0])) return false;
        int upper = 0;
        foreach (char c in word)
        {
            if (!char.IsLetter(c)) return false;
            if (char.IsUpper(c)) upper++;
        }
        return upper >= 2;
    }

    /// <remarks>
    /// For a known name (<paramref name="knownName"/>) a naming cue introduces nothing: "the best GPU is called a V100"
    /// tells what the thing is called, while "Next up is Seedance 1.5" makes the model the subject of the discussion.
    /// </remarks>
    private bool HasIntroductionBefore(string text, List<Token> tokens, int at, bool knownName = false)
    {
        int i = at - 1;
        int skipped = 0;
        while (i >= 0 && skipped < 8)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punct && text[t.Start] is '-' or ',' or ':' or '\'' or '\u2013' or '\u2014' or '"' or '\u201C')
            {
                i--;
                skipped++;
                continue;
            }
            // does a cue phrase end exactly here?
            for (int len = 1; len <= 4 && i - len + 1 >= 0; len++)
            {
                int start = i - len + 1;
                int n = CueMatcher.MatchAt(text, tokens, start, Cues.Introductions);
                if (n > 0 && start + n == i + 1) return !(knownName && CueMatcher.MatchAt(text, tokens, start, Cues.Namings) == n);
            }
            if (t.Kind == TokenKind.Word && IsIntroFiller(text.AsSpan(t.Start, t.Length)))
            {
                i--;
                skipped++;
                continue;
            }
            return false;
        }
        return false;
    }

    private static readonly HashSet<string> s_titleFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "of", "for", "with", "in", "on", "to", "from", "by", "at", "via", "as", "is", "are", "vs",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_titleFunctionLookup =
        s_titleFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A title line ("Heron: Fast Retrieval for Long Videos", "## Better Tokenizers at Scale"): no sentence-ending
    /// punctuation, and every word but the short function words capitalised.
    /// </summary>
    private static bool IsTitleCase(string text, List<Token> tokens)
    {
        if (tokens.Count == 0) return false;
        var last = tokens[^1];
        if (last.Kind == TokenKind.Punct && text[last.Start] is '.' or '!' or '?') return false;
        int capitalised = 0;
        for (int k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word || (t.Joined && k > 0 && tokens[k - 1].Kind == TokenKind.Punct && text[tokens[k - 1].Start] is '-' or '\'' or '\u2019')) continue;
            var w = text.AsSpan(t.Start, t.Length);
            if (char.IsUpper(w[0])) capitalised++;
            else if (!char.IsDigit(w[0]) && !s_titleFunctionLookup.Contains(w)) return false;
        }
        return capitalised >= 3;
    }

    /// <summary>A word that may stand between an introduction cue and the name ("is", "the", "it's"), any apostrophe.</summary>
    private static bool IsIntroFiller(ReadOnlySpan<char> word)
    {
        if (word.Length > 32) return s_introFillers.Contains(word.ToString().Replace('\u2019', '\''));
        Span<char> buffer = stackalloc char[word.Length];
        word.CopyTo(buffer);
        buffer.Replace('\u2019', '\'');
        return s_introFillerLookup.Contains(buffer);
    }

    /// <summary>"I", "I'd", "We're": capitalised but never part of a name.</summary>
    private static bool IsPronounOrContraction(ReadOnlySpan<char> w) =>
        (w.Length == 1 && w[0] is 'I' or 'A') || w.Contains('\'') || w.Contains('\u2019');

    private bool IsDictionaryWord(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        if (word.Length > lower.Length) return false;
        word.ToLowerInvariant(lower);
        return _lexicon.EverydayWords.Knows(lower);
    }

    private bool IsCommonWord(ReadOnlySpan<char> word)
    {
        // lower-cased in a buffer when plain ASCII (the same as ToLowerInvariant), else as a string
        if (!_hasCommonLookup || word.Length > 64 || !System.Text.Ascii.IsValid(word))
            return _lexicon.CommonWords.Contains(word.ToString().ToLowerInvariant());
        Span<char> lower = stackalloc char[word.Length];
        System.Text.Ascii.ToLower(word, lower, out _);
        return _commonLookup.Contains(lower);
    }

    private bool IsAllCommonRun(string text, List<Token> tokens, int at, int end)
    {
        for (int k = at; k < end; k++)
        {
            if (tokens[k].Kind != TokenKind.Word) continue;
            var w = text.AsSpan(tokens[k].Start, tokens[k].Length);
            if (NameShapes.MethodHeadLookup.Contains(w)) continue;
            if (!IsCommonWord(w)) return false;
        }
        return true;
    }

    private static bool IsAcronymRun(string text, List<Token> tokens, int at, int end)
    {
        for (int k = at; k < end; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punct) continue;
            if (!NameShapes.IsAcronym(text.AsSpan(t.Start, t.Length))) return false;
        }
        return true;
    }

    private static ReadOnlySpan<char> LastWord(string text, List<Token> tokens, int at, int end)
    {
        for (int k = end - 1; k >= at; k--)
            if (tokens[k].Kind == TokenKind.Word) return text.AsSpan(tokens[k].Start, tokens[k].Length);
        return "";
    }

    internal static string Span(string text, List<Token> tokens, int from, int to) =>
        text.Substring(tokens[from].Start, tokens[to - 1].End - tokens[from].Start);
}
