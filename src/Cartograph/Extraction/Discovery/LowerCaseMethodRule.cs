using Cartograph.Extraction.Discourse;
using Cartograph.Extraction.Text;
using Cartograph.Graph;
using Cartograph.Lexicons;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// A lower-case coined method: one to three modifiers and a method head noun right after a cue that says the work
/// uses or proposes it ("they use bimodally-conditioned gates", "with hierarchical bottleneck fusion", "their
/// multi-step retrospective self-correction mechanism"). The modifiers must make a name: a hyphenated one, or two
/// with an uncommon word among them, so "the first fusion", "a standard attention layer" or "avatar
/// representation" are not names. "this bidirectional distillation approach" names itself a method, so any
/// modifier that is not vague will do. It reads the mentions before it (a list goes on after a technique), so what
/// it finds is worked out again in each pass.
/// </summary>
internal sealed class LowerCaseMethodRule : IDiscoveryRule
{
    private static readonly HashSet<string> s_methodDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "these", "that", "their", "its", "our", "his", "her", "new", "novel", "so-called",
    };

    /// <summary>Possessives that make what follows the work's own: "their multi-step retrospective self-correction mechanism".</summary>
    private static readonly WordSet s_ownDeterminerLookup =
        new(new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "their", "its", "our" });

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
    private static readonly WordSet s_approachNounLookup = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "approach", "method", "scheme", "technique", "setup", "recipe",
    });

    /// <summary>Verbs said after an emphatic "do" ("we do love", "they do use", "I do think").</summary>
    private static readonly WordSet s_emphasisedVerbLookup =
        new(new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "love", "like", "want", "need", "use", "think", "believe", "know", "see", "have", "get", "make", "try", "feel",
            "hope", "care", "agree", "prefer", "enjoy", "appreciate", "rely", "leverage", "recommend", "find", "expect",
        });

    private static readonly WordSet s_determinerLookup =
        new(s_methodDeterminers);

    /// <summary>Words that can come right before a lower-case method: a determiner, the last word of a usage cue, a list's "and".</summary>
    private static readonly WordSet s_wordsBeforeMethod = WordsBeforeMethod();

    // the hashes of the keys of the heads, their plurals and "training": a head token's key has one of them. The heads
    // are ASCII, and no character outside ASCII equals an ASCII one ignoring case (a test checks all of UTF-16), so the
    // set and the key agree on which words are heads; a head outside ASCII would leave the set to decide alone
    private static readonly KeyHashFilter? s_methodHeadKeys = NameShapes.MethodHeads.All(h => System.Text.Ascii.IsValid(h))
        ? new([.. NameShapes.MethodHeads.SelectMany(h => (string[])[h, h + "s"]).Append("training").Select(h => TextKey.Hash(h))], bitsPerKey: 32)
        : null;

    public string Name => "lower-case-method";

    public TokenShapes Trigger => TokenShapes.LowerCaseWord;

    public bool ReadsEarlierMentions => true;

    public DiscoveryVerdict Apply(ref NameCandidate c) =>
        c.At < c.Sentence.LastMethodHead && Find(c.Text, c.Tokens, c.At, c.Found, c.Words) is { } name
            ? DiscoveryVerdict.Accept(name)
            : DiscoveryVerdict.Pass;

    private static Mention? Find(string text, List<Token> tokens, int at, List<Mention> found, DiscoveryWords lexicon)
    {
        var first = tokens[at];
        if (first.Kind != TokenKind.Word || !char.IsLower(text[first.Start])) return null;
        if (at == 0 || (first.Joined && tokens[at - 1].Kind == TokenKind.Punct)) return null;
        // ", and sliding window mechanisms": a list's last item starts after its "and"
        if (NameRuns.Connectors.Contains(text.AsSpan(first.Start, first.Length)) || text.AsSpan(first.Start, first.Length) is "and" or "or" or "but" or "plus")
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
            if (s_vagueModifiers.Contains(word) || s_methodDeterminers.Contains(word) || NameRuns.IsConnector(word)) return null;
            // "a carefully tuned loss": an adverb describes, it does not name ("early" is an adjective)
            if (!word.Contains('-') && word.EndsWith("ly", StringComparison.Ordinal) && !lexicon.IsCommonWord(word)) return null;
            hyphenated |= word.Contains('-');
            if (word.Contains('-') || (!lexicon.IsCommonWord(word) && word.Length >= 4)) distinctive = true;
            i = wordEnd;
        }
        if (headEnd < 0) return null;
        bool namedAMethod = headEnd < tokens.Count && tokens[headEnd].Kind == TokenKind.Word
            && s_approachNounLookup.Contains(text.AsSpan(tokens[headEnd].Start, tokens[headEnd].Length));
        if (!namedAMethod && !(distinctive && (hyphenated || words >= 3))) return null;
        string label = NameRuns.Span(text, tokens, at, headEnd);
        return new Mention(at, headEnd, EntityType.Technique, label, label, MentionOrigin.Discovered, null);
    }

    private static WordSet WordsBeforeMethod()
    {
        var words = new HashSet<string>(s_methodDeterminers, StringComparer.OrdinalIgnoreCase) { "and", "or" };
        foreach (var phrase in Cues.MethodUses) words.Add(phrase[^1]);
        return new(words);
    }

    /// <summary>A method head noun (or "training") among the next few words after <paramref name="at"/>.</summary>
    private static bool MethodHeadAhead(string text, List<Token> tokens, int at)
    {
        for (int k = at + 1; k < tokens.Count && k <= at + 8; k++)
            if (IsMethodHeadToken(text, tokens[k])) return true;
        return false;
    }

    /// <summary>Index of the sentence's last method head noun, or -1: lower-case methods are only looked for before it.</summary>
    public static int LastMethodHead(string text, List<Token> tokens)
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
}
