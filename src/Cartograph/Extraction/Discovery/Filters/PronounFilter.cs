namespace Cartograph.Extraction.Discovery.Filters;

/// <summary>"I", "A", "We're", "I'd": capitalised, but no name starts with a pronoun or a contraction.</summary>
internal sealed class PronounFilter : IDiscoveryRule
{
    public string Name => "pronoun";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c) =>
        NameRuns.IsPronounOrContraction(c.FirstWord) ? DiscoveryVerdict.Reject : DiscoveryVerdict.Pass;
}
