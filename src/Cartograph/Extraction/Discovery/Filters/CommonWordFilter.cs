namespace Cartograph.Extraction.Discovery.Filters;

/// <summary>"Great", "Yesterday": one capitalised common word is no name unless a rule before this one said it is.</summary>
internal sealed class CommonWordFilter : IDiscoveryRule
{
    public string Name => "common-word";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c) =>
        c.SinglePlain && c.Words.IsCommonWord(c.FirstWord) ? DiscoveryVerdict.Reject : DiscoveryVerdict.Pass;
}
