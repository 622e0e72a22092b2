using Cartograph.Graph;

namespace Cartograph.Extraction.Discovery;

/// <summary>"TalkVerse", "KFS-Bench", "Quill-7B": a coined name is a work, introduced when a cue or a paper head noun says so.</summary>
internal sealed class CoinedNameRule : IDiscoveryRule
{
    public string Name => "coined-name";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c) =>
        c.Coined ? DiscoveryVerdict.Accept(c.Name(EntityType.Paper, c.Introduced || c.PaperHeadAfter)) : DiscoveryVerdict.Pass;
}
