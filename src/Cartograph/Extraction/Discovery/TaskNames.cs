using Cartograph.Extraction.Text;
using Cartograph.Graph;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// Research prose names its application domains by the tasks it evaluates on: "long-horizon manipulation tasks",
/// "spatial referring tasks", "tasks including reranking, clustering, etc.". The words before "task(s)" or
/// "problem(s)", and the items a "tasks such as" or "tasks including" lists, are a domain, once the words that only
/// describe a task ("complex", "downstream", "long-horizon") are set aside. A name found already stands.
/// </summary>
internal static class TaskNames
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_taskWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "task", "tasks", "problem", "problems",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that say what a task is like rather than what it is.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_describing = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "these", "those", "that", "their", "its", "our", "such", "other", "many", "several", "various",
        "multiple", "diverse", "different", "new", "novel", "complex", "simple", "hard", "easy", "challenging", "difficult",
        "downstream", "upstream", "real-world", "long-horizon", "short-horizon", "long-view", "multi-step", "single-step",
        "specific", "general", "generic", "standard", "common", "typical", "related", "relevant", "key", "core", "main",
        "important", "open-ended", "open", "closed", "unseen", "seen", "held-out", "target", "source", "auxiliary", "proxy",
        "additional", "extra", "more", "most", "less", "all", "any", "each", "every", "some", "both", "few", "no", "same",
        "dynamic", "static", "large-scale", "small-scale", "fine-grained", "coarse-grained", "high-level", "low-level",
        "benchmark", "evaluation", "training", "test", "testing", "practical", "realistic", "synthetic", "toy", "classic",
        "traditional", "conventional", "existing", "previous", "prior", "agentic", "reasoning", "vision", "language",
        "multimodal", "textual", "visual", "whole", "entire", "full", "two", "three", "four", "five", "ten", "of", "and",
        "or", "for", "in", "on", "with", "to", "by", "from", "is", "are", "be", "was", "were", "as", "at",
        // verbs before a task ("find tasks", "solve problems") and words for who does it
        "find", "solve", "solving", "perform", "performing", "handle", "handling", "complete", "completing", "tackle",
        "tackling", "address", "addressing", "execute", "executing", "learn", "do", "doing", "accomplish", "master", "adapt",
        "generalize", "generalise", "evaluate", "evaluated", "tested", "excel", "excels",
        "agent", "agents", "human", "linguistic", "user",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxWords = 3;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_methodWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "techniques", "methods", "strategies",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the task domains of the sentence to <paramref name="mentions"/> (kept in token order).</summary>
    public static void Find(string text, List<Token> tokens, List<Mention> mentions)
    {
        for (int i = 1; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word) continue;
            // "techniques such as paraphrasing, augmentation": the examples are methods, though the lexicon knows
            // "paraphrasing" as a task
            if (s_methodWords.Contains(text.AsSpan(t.Start, t.Length)))
            {
                MarkListed(text, tokens, mentions, i, methods: true);
                continue;
            }
            if (!s_taskWords.Contains(text.AsSpan(t.Start, t.Length))) continue;
            // "manipulation tasks": the words before
            if (Before(text, tokens, i) is int start and >= 0) AddDomain(text, tokens, mentions, start, i);
            // "tasks including reranking, clustering, etc.", "tasks such as zero-shot instance segmentation"
            MarkListed(text, tokens, mentions, i, methods: false);
        }
    }

    /// <summary>
    /// The items of the list after "such as" / "including" that follows token <paramref name="word"/> (comma-separated,
    /// a last "and" or "or"): domains after a task word, methods after a method word.
    /// </summary>
    private static void MarkListed(string text, List<Token> tokens, List<Mention> mentions, int word, bool methods)
    {
        for (int item = ListStart(text, tokens, word + 1); item > 0 && item < tokens.Count;)
        {
            int end = ItemEnd(text, tokens, item);
            if (end <= item) break;
            if (methods) MethodNotTask(mentions, item, end);
            else AddDomain(text, tokens, mentions, item, end);
            if (end >= tokens.Count || !(tokens[end].Kind == TokenKind.Punct && text[tokens[end].Start] == ',')) break;
            item = end + 1;
            if (item < tokens.Count && tokens[item].Kind == TokenKind.Word && text.AsSpan(tokens[item].Start, tokens[item].Length) is "and" or "or") item++;
        }
    }

    private static int Before(string text, List<Token> tokens, int task)
    {
        int start = task;
        for (int k = task - 1; k >= 0 && task - k <= MaxWords; k--)
        {
            if (!IsTaskWord(text, tokens, k)) break;
            start = k;
        }
        return start < task ? start : -1;
    }

    private static bool IsTaskWord(string text, List<Token> tokens, int k)
    {
        var t = tokens[k];
        if (t.Kind != TokenKind.Word || t.Joined) return false;
        var word = text.AsSpan(t.Start, t.Length);
        return char.IsLower(word[0]) && word.Length > 2 && !s_describing.Contains(word) && !word.EndsWith("ly", StringComparison.Ordinal);
    }

    /// <summary>The first token of a list after "such as" or "including", or -1.</summary>
    private static int ListStart(string text, List<Token> tokens, int at)
    {
        if (at < tokens.Count && tokens[at].Kind == TokenKind.Punct && text[tokens[at].Start] == ',') at++;
        if (at >= tokens.Count || tokens[at].Kind != TokenKind.Word) return -1;
        var word = text.AsSpan(tokens[at].Start, tokens[at].Length);
        if (word is "including") return at + 1;
        if (word is "such" && at + 1 < tokens.Count && text.AsSpan(tokens[at + 1].Start, tokens[at + 1].Length) is "as") return at + 2;
        return -1;
    }

    /// <summary>The end of a list item: up to three words that name a task.</summary>
    private static int ItemEnd(string text, List<Token> tokens, int at)
    {
        int end = at;
        while (end < tokens.Count && end - at < MaxWords && IsTaskWord(text, tokens, end)) end++;
        // "etc." ends a list, it is no item
        return end > at && text.AsSpan(tokens[at].Start, tokens[at].Length) is "etc" ? at : end;
    }

    /// <summary>A domain the lexicon matched over exactly [start, end) becomes the method it is said as.</summary>
    private static void MethodNotTask(List<Mention> mentions, int start, int end)
    {
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.TokenStart != start || m.TokenEnd != end || m.Type != EntityType.Domain || m.Origin != MentionOrigin.Lexicon) continue;
            string said = m.Surface.ToLowerInvariant();
            mentions[k] = new Mention(start, end, EntityType.Technique, said, m.Surface, MentionOrigin.Discovered, null);
            return;
        }
    }

    private static void AddDomain(string text, List<Token> tokens, List<Mention> mentions, int start, int end)
    {
        string label = text[tokens[start].Start..tokens[end - 1].End];
        // "tasks including reranking, clustering": a method word the lexicon knows is here the task it names
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.TokenStart != start || m.TokenEnd != end || m.Type != EntityType.Technique || m.Origin != MentionOrigin.Lexicon) continue;
            mentions[k] = new Mention(start, end, EntityType.Domain, m.Label, m.Surface, MentionOrigin.Discovered, null);
            return;
        }
        SentenceMentions.InsertIfFree(mentions, new Mention(start, end, EntityType.Domain, label, label, MentionOrigin.Discovered, null));
    }
}
