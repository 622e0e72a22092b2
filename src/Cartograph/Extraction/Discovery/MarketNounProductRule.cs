using Cartograph.Extraction.Text;
using Cartograph.Graph;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// "within that Dream Studio app", "the Rewind plugin": a capitalised name between a determiner and a noun of the
/// market (app, platform, plugin) is a product, even when its words are everyday ones. Nouns that also follow methods
/// ("the Attention model", "the Adam tool") do not count here.
/// </summary>
internal sealed class MarketNounProductRule : IDiscoveryRule
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_marketNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "app", "apps", "platform", "extension", "plugin", "chatbot", "assistant", "api", "headset", "glasses", "phone", "laptop",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_determiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "that", "this", "their", "its", "our", "your", "new",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Name => "market-noun-product";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c) =>
        c.End - c.At <= 3 && c.HasNextWord && s_marketNouns.Contains(c.NextWord) && c.At > 0
        && c.Tokens[c.At - 1] is { Kind: TokenKind.Word } before && s_determiners.Contains(c.Text.AsSpan(before.Start, before.Length))
            ? DiscoveryVerdict.Accept(c.Name(EntityType.Product))
            : DiscoveryVerdict.Pass;
}
