using System.Collections.Concurrent;
using Cartograph.Extraction.Text;
using Cartograph.Lexicons;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// "Gemini Ultra", "GPT-3.5 Turbo", "ChatGPT Plus": a tier word after a known product names a product of its own, made
/// by the family's maker. The lexicon keeps the families; the tiers are made here, one entry per family and tier.
/// </summary>
internal static class ProductTiers
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_tiers = new HashSet<string>(StringComparer.Ordinal)
    {
        "Ultra", "Pro", "Nano", "Plus", "Max", "Mini", "Turbo", "Flash", "Lite", "Advanced",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly ConcurrentDictionary<(LexiconEntry Family, string Tier), LexiconEntry> s_variants = new();

    /// <summary>The tier word written right after a name that ends before token <paramref name="end"/>, or null.</summary>
    public static string? TierAfter(string text, List<Token> tokens, int end)
    {
        if (end >= tokens.Count || tokens[end] is not { Kind: TokenKind.Word, Joined: false } t) return null;
        // "Gemini Pro-level": a hyphen makes it a word of another phrase
        if (end + 1 < tokens.Count && tokens[end + 1].Joined && tokens[end + 1].Kind == TokenKind.Punct && text[tokens[end + 1].Start] == '-') return null;
        return s_tiers.TryGetValue(text.AsSpan(t.Start, t.Length), out var tier) ? tier : null;
    }

    /// <summary>The product "family tier" (or "family version", <see cref="ProductGenerations"/>), made once per pair, by the family's maker.</summary>
    public static LexiconEntry Variant(LexiconEntry family, string tier) =>
        s_variants.GetOrAdd((family, tier), static key =>
            new LexiconEntry(key.Family.Canonical + " " + key.Tier, key.Family.Type, [], key.Family.Flags & ~LexiconFlags.Capitalised, key.Family.Maker));
}
