using Cartograph.Graph;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// "Next one - Live Avatar", "the Seedance model": a capitalised name a cue introduces, or a paper head noun follows,
/// is the work being discussed; common words alone are no name unless the head noun says so.
/// </summary>
internal sealed class CueIntroducedNameRule : IDiscoveryRule
{
    public string Name => "cue-introduced-name";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c)
    {
        if (!(c.Introduced || c.PaperHeadAfter)) return DiscoveryVerdict.Pass;
        if (c.Words.IsAllCommonRun(c.Text, c.Tokens, c.At, c.End) && !c.PaperHeadAfter) return DiscoveryVerdict.Reject;
        return DiscoveryVerdict.Accept(c.Name(EntityType.Paper, introduced: true));
    }
}
