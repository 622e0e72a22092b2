using Cartograph.Extraction.Text;
namespace Cartograph.Extraction.Discovery;

/// <summary>
/// The shapes of names: what makes "TalkVerse", "KFS-Bench" or "SoulX-LiveTalk" look coined,
/// "GRPO" an acronym and "Masked Alignment Loss" a method. Pure functions over spans.
/// </summary>
public static class NameShapes
{
    /// <summary>Head nouns that make a capitalised or coined name a technique (spec: Loss, Penalty, Embedding, ...).</summary>
    public static readonly HashSet<string> MethodHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "loss", "losses", "penalty", "embedding", "embeddings", "mechanism", "parallelism", "attention",
        "algorithm", "score", "factory", "pipeline", "module", "modules", "regularization", "regularizer",
        "optimization", "optimizer", "decoding", "sampling", "distillation", "alignment", "encoder", "decoder",
        "tokenizer", "objective", "strategy", "layer", "layers", "block", "gate", "gates", "fusion", "routing",
        "prompting", "tuning", "scaling", "quantization", "pruning", "caching", "retrieval", "augmentation",
        "normalization", "initialization", "policy", "reward", "head", "adapter", "adapters", "trick", "technique",
        "representation", "estimator", "schedule", "scheduler", "transform", "operator", "kernel", "unit", "units",
        "randomization", "refinement", "compression", "selection", "search",
    };

    /// <summary>Nouns that say the name before them is the paper's contribution: "Know-Show benchmark", "EchoFoley paper".</summary>
    /// <summary>How many tokens an item's number may take before its headline name ("2)", "#3.", "1.").</summary>
    internal const int HeadlineStart = 3;

    public static readonly HashSet<string> PaperHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "paper", "benchmark", "dataset", "model", "framework", "system", "study", "work", "corpus", "suite",
    };

    /// <summary>Nouns that call the name beside them a made product: "Stability AI's Clipdrop platform", "a new model from X".</summary>
    internal static readonly WordSet ProductNounLookup = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "platform", "app", "apps", "tool", "tools", "assistant", "chatbot", "model", "models", "service", "device", "chip",
        "chips", "api", "extension", "plugin", "headset", "glasses", "phone", "laptop", "editor", "studio", "release",
    });

    // the two sets looked up by span, so a token is tested without making a string of it
    internal static readonly WordSet MethodHeadLookup = new(MethodHeads);
    internal static readonly WordSet PaperHeadLookup = new(PaperHeads);

    /// <summary>Abbreviations of ordinary words that mix cases like a coined name: "SoTA" is "state of the art".</summary>
    private static readonly WordSet s_mixedCaseWords = new(new HashSet<string>(StringComparer.Ordinal)
    {
        "SoTA", "PhD", "PhDs", "MSc", "BSc", "MBA", "FAQs", "TLDR", "TL;DR", "IoT", "DevOps", "MLOps", "LLMOps",
    });

    /// <summary>Whether a word looks coined ("TalkVerse", "OmniVCus", "SoulX"); ordinary abbreviations ("SoTA") never do.</summary>
    public static bool IsCoined(ReadOnlySpan<char> word)
    {
        // "TalkVerse", "OmniVCus", "SoulX": a capital after a lower-case letter, or letters mixed with digits
        if (word.Length < 3 || s_mixedCaseWords.Contains(word)) return false;
        bool lower = false, innerUpper = false, digit = false, letter = false;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (char.IsDigit(c)) digit = true;
            else if (char.IsLetter(c))
            {
                letter = true;
                if (char.IsLower(c)) lower = true;
                else if (i > 0 && char.IsLower(word[i - 1])) innerUpper = true;
            }
        }
        if (innerUpper && lower) return !IsPluralAcronym(word);
        // "Qwen2", "Wan2": a capitalised word with digits inside
        return digit && letter && lower && char.IsUpper(word[0]) && char.IsDigit(word[^1]);
    }

    /// <summary>"GRPO", "RLHF", "MLLMs": two or more capitals and at most a plural 's' in lower case.</summary>
    public static bool IsAcronym(ReadOnlySpan<char> word)
    {
        int upper = 0;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (char.IsUpper(c)) upper++;
            else if (char.IsDigit(c)) continue;
            else if (c == 's' && i == word.Length - 1 && upper >= 2) continue;
            else return false;
        }
        return upper >= 2;
    }

    public static bool IsPluralAcronym(ReadOnlySpan<char> word) =>
        word.Length >= 3 && word[^1] == 's' && IsAcronym(word);

    public static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    public static bool IsLowerWord(ReadOnlySpan<char> word) => word.Length > 0 && char.IsLower(word[0]);
}
