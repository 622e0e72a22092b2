using Cartograph.Graph;
using Cartograph.Lexicons;

namespace Cartograph.Extraction.Discovery;

/// <summary>How a mention was recognised, which decides how much it can be trusted and what it may become.</summary>
public enum MentionOrigin : byte
{
    Lexicon,
    /// <summary>A name found by its shape or a cue in this document (coined names, titles, method names).</summary>
    Discovered,
}

/// <summary>One recognised mention inside a sentence: tokens [TokenStart, TokenEnd).</summary>
public sealed record Mention(
    int TokenStart,
    int TokenEnd,
    EntityType Type,
    string Label,
    string Surface,
    MentionOrigin Origin,
    LexiconEntry? Entry)
{
    /// <summary>The name was introduced as the subject of a segment ("Next up is X", "the X paper").</summary>
    public bool Introduced { get; init; }

    /// <summary>Other forms given for the same thing in this sentence: "Long Name - ACRO".</summary>
    public string? Alias { get; init; }

    public bool IsWeak => Entry?.IsWeak ?? false;

    /// <summary>A weak entry for the field itself ("AI", "machine learning"): weak even in a paper's own prose.</summary>
    public bool IsBroad => Entry is { } entry && (entry.Flags & LexiconFlags.Broad) != 0;
}

/// <summary>Operations on the mentions of one sentence, kept in token order.</summary>
internal static class SentenceMentions
{
    /// <summary>Whether a mention covers any token of [start, end).</summary>
    public static bool Overlaps(List<Mention> mentions, int start, int end)
    {
        foreach (var m in mentions)
            if (m.TokenStart < end && start < m.TokenEnd) return true;
        return false;
    }

    /// <summary>Inserts <paramref name="name"/> in token order unless a mention found already overlaps it (the lexicon or a coined name knows better).</summary>
    public static void InsertIfFree(List<Mention> mentions, Mention name)
    {
        int at = 0;
        for (; at < mentions.Count; at++)
        {
            var m = mentions[at];
            if (m.TokenStart < name.TokenEnd && name.TokenStart < m.TokenEnd) return;
            if (m.TokenStart >= name.TokenEnd) break;
        }
        mentions.Insert(at, name);
    }
}
