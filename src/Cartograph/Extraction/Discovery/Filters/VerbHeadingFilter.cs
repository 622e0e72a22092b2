using Cartograph.Extraction.Text;

namespace Cartograph.Extraction.Discovery.Filters;

/// <summary>"● Outperforms Full Attention –": a heading that opens with a verb says something of a method, it names none.</summary>
internal sealed class VerbHeadingFilter : IDiscoveryRule
{
    public string Name => "verb-heading";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c)
    {
        var first = c.FirstWord;
        return (c.At == 0 || c.Tokens[c.At - 1].Kind == TokenKind.Punct) && !c.Coined && first.Length > 3 && first[^1] == 's'
            && first[^2] != 's' && c.Words.IsDictionaryWord(first[..^1])
            ? DiscoveryVerdict.Reject
            : DiscoveryVerdict.Pass;
    }
}
