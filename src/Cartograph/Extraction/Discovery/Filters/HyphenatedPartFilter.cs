using Cartograph.Extraction.Text;

namespace Cartograph.Extraction.Discovery.Filters;

/// <summary>"Qwen2.5-VL-7B" read from "VL": the part after a hyphen never starts a name.</summary>
internal sealed class HyphenatedPartFilter : IDiscoveryRule
{
    public string Name => "hyphenated-part";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c)
    {
        var tokens = c.Tokens;
        int at = c.At;
        return at > 1 && tokens[at].Joined && tokens[at - 1] is { Kind: TokenKind.Punct, Joined: true } joiner && c.Text[joiner.Start] == '-'
            && tokens[at - 2].Kind != TokenKind.Punct
            ? DiscoveryVerdict.Reject
            : DiscoveryVerdict.Pass;
    }
}
