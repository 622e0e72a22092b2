using Cartograph.Extraction.Text;
using Cartograph.Graph;
using Cartograph.Lexicons;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// A coined name that is introduced is a paper in a research digest ("researchers propose KFS-Bench") but a product in
/// a tool roundup or a hardware chat ("HeadshotPro - the AI headshot app", "the new GeForce card is available"). This
/// stage weighs, over every sentence that names it, the words of research against the words of products and
/// markets, and retypes the name a product when the market's words win. The document's own balance leans the
/// decision: in a tool roundup (market words at least twice research words) a name without cues is a product, and
/// in a research discussion (fewer market words than research words) the market must win by two.
/// </summary>
internal static class DiscoveredNameTypes
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_research = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "paper", "papers", "researchers", "research", "propose", "proposes", "proposed", "introduce", "introduces", "present",
        "presents", "we", "our", "benchmark", "benchmarks", "dataset", "datasets", "framework", "method", "approach", "arxiv",
        "study", "authors", "outperforms", "state-of-the-art", "sota", "novel", "architecture", "experiments", "results",
        "evaluation", "achieves", "baseline", "baselines", "task", "tasks", "accuracy", "ablation", "lab", "university",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_market = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "app", "apps", "tool", "tools", "platform", "launch", "launched", "launches", "available", "pricing", "price", "users",
        "customers", "demo", "extension", "startup", "waitlist", "subscription", "sign", "free", "chrome", "iphone", "android",
        "ios", "plugin", "api", "chatbot", "assistant", "device", "devices", "phone", "laptop", "chip", "chips", "card", "cards", "buy", "sold", "sells", "company", "companies", "service", "product",
        "products", "raises", "raised", "funding", "valued", "beta", "download", "install", "website", "browser", "sidebar",
        "copilot", "pro", "subscribers", "link", "account", "server", "client", "customer", "sdk", "enterprise", "business", "store", "marketplace", "integration", "integrations", "pc", "desktop", "mac", "windows",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Both lists in one table, a research word true (it wins when a word is in both): most words are in neither, and
    /// a miss then costs one lookup instead of two (the document's lean looks up every word of the document).
    /// </summary>
    private static readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> s_cueWords = CueWords();

    private static Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> CueWords()
    {
        var words = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in s_research.Set) words[word] = true;
        foreach (var word in s_market.Set) words.TryAdd(word, false);
        return words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private const int MaxShapeLength = 24;

    /// <summary>
    /// The (length, first letter, last letter) of every cue word: a word of ASCII letters at both ends whose shape is not
    /// here is no cue word, which a glance at three numbers tells without hashing it (most words of a document).
    /// </summary>
    private static readonly bool[] s_cueShapes = CueShapes();

    private static bool[] CueShapes()
    {
        var shapes = new bool[(MaxShapeLength + 1) * 26 * 26];
        foreach (var word in s_cueWords.Dictionary.Keys)
        {
            if (ShapeOf(word) is not int shape) throw new InvalidOperationException($"cue word '{word}' has no shape");
            shapes[shape] = true;
        }
        return shapes;
    }

    /// <summary>The word's slot in <see cref="s_cueShapes"/>; null when it is too long or does not start and end with an ASCII letter.</summary>
    private static int? ShapeOf(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxShapeLength || word.IsEmpty) return null;
        if (!char.IsAsciiLetter(word[0]) || !char.IsAsciiLetter(word[^1])) return null;
        return (word.Length * 26 + ((word[0] | 0x20) - 'a')) * 26 + ((word[^1] | 0x20) - 'a');
    }

    /// <summary>Whether the word may be a cue word: false only when it surely is not (a word longer than every cue word, or
    /// ASCII letters at both ends in a shape no cue word has); anything else is looked up, as case-insensitive
    /// matching may equate a non-ASCII letter with an ASCII one.</summary>
    private static bool MayBeCueWord(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxShapeLength) return false;
        return ShapeOf(word) is not int shape || s_cueShapes[shape];
    }

    /// <summary>A document leans to products only with this many market words: a short note says too little.</summary>
    private const int MinMarketWords = 5;

    /// <summary>Retypes, in <paramref name="discovered"/>, the papers whose sentences speak of a market more than of research.</summary>
    public static void Decide(Dictionary<string, LexiconEntry> discovered, string text, List<Sentence> sentenceSpans, List<Token> allTokens,
        List<int> firstToken, List<Mention> pass1, List<int> firstMention)
    {
        if (discovered.Count == 0) return;
        var tally = new Dictionary<string, (int Research, int Market)>(StringComparer.Ordinal);
        int sentences = firstMention.Count - 1;
        for (int si = 0; si < sentences; si++)
        {
            (int research, int market)? counted = null;
            string? previous = null;
            for (int k = firstMention[si]; k < firstMention[si + 1]; k++)
            {
                var m = pass1[k];
                if (m.Origin != MentionOrigin.Discovered || m.Type != EntityType.Paper || m.Label == previous) continue;
                previous = m.Label;
                counted ??= Count(text, allTokens, firstToken[si], firstToken[si + 1], pass1, firstMention[si], firstMention[si + 1]);
                // an item's headline name ("1. FunSearch - Making new discoveries ... This paper from DeepMind ...") is
                // what the rest of its paragraph speaks of
                if (k == firstMention[si] && m.TokenStart <= NameShapes.HeadlineStart)
                    for (int next = si + 1; next < sentences && sentenceSpans[next].Line == sentenceSpans[si].Line; next++)
                    {
                        var more = Count(text, allTokens, firstToken[next], firstToken[next + 1], pass1, firstMention[next], firstMention[next + 1]);
                        counted = (counted.Value.research + more.Research, counted.Value.market + more.Market);
                    }
                var (r, mk) = tally.GetValueOrDefault(m.Label);
                tally[m.Label] = (r + counted.Value.research, mk + counted.Value.market);
            }
        }
        // the document's lean (-1, 0 or +1) decides only a name whose own balance is 0 or +1: counted when one is
        int? lean = null;
        var products = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (label, (research, market)) in tally)
        {
            int balance = market - research;
            if (balance is 0 or 1) lean ??= Lean(text, allTokens, pass1);
            if (balance + (balance is 0 or 1 ? lean!.Value : 0) > 0) products.Add(label);
        }
        if (products.Count == 0) return;
        foreach (var (key, entry) in discovered.ToList())
        {
            if (entry.Type != EntityType.Paper) continue;
            bool retype = products.Contains(entry.Canonical);
            foreach (var alias in entry.Aliases) retype |= products.Contains(alias);
            if (retype) discovered[key] = entry with { Type = EntityType.Product };
        }
    }

    /// <summary>The research and market words of tokens [from, to), outside the mentions [firstMention, endMention) of the
    /// sentence ("product quantization" is a technique, not talk of products).</summary>
    private static int Lean(string text, List<Token> allTokens, List<Mention> pass1)
    {
        var (research, market) = Count(text, allTokens, 0, allTokens.Count, pass1, 0, 0);
        return market >= MinMarketWords && market >= 2 * research ? 1 : market < research ? -1 : 0;
    }

    private static bool InsideMention(int token, List<Mention> mentions, int first, int end)
    {
        for (int k = first; k < end; k++)
            if (token >= mentions[k].TokenStart && token < mentions[k].TokenEnd) return true;
        return false;
    }

    private static (int Research, int Market) Count(string text, List<Token> tokens, int from, int to, List<Mention> mentions, int firstMention, int endMention)
    {
        int research = 0, market = 0;
        for (int i = from; i < to; i++)
        {
            if (InsideMention(i - from, mentions, firstMention, endMention)) continue;
            var t = tokens[i];
            if (t.Kind != TokenKind.Word) continue;
            var word = text.AsSpan(t.Start, t.Length);
            if (!MayBeCueWord(word) || !s_cueWords.TryGetValue(word, out bool isResearch)) continue;
            if (isResearch) research++;
            else market++;
        }
        return (research, market);
    }
}
