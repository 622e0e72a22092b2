namespace Cartograph.Extraction.Discovery.Filters;

/// <summary>"These Video-Language Models": a plural class noun ends a description, not a name.</summary>
internal sealed class PluralClassNounFilter : IDiscoveryRule
{
    public string Name => "plural-class-noun";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c)
    {
        var last = c.LastWord;
        return last.Length > 3 && last.EndsWith('s') && NameShapes.PaperHeadLookup.Contains(last[..^1]) ? DiscoveryVerdict.Reject : DiscoveryVerdict.Pass;
    }
}
