using Cartograph.Extraction.Discourse;
using Cartograph.Graph;

namespace Cartograph.Extraction.Discovery;

/// <summary>"they use what they call Inner-Guidance": a coined name the work gives one of its parts is a technique, not a new paper.</summary>
internal sealed class ComponentNamingRule : IDiscoveryRule
{
    private static readonly CueList s_componentNamingCues = Cues.Phrases("they call", "they're calling", "they are calling", "they term", "they dub");

    public string Name => "component-naming";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c) =>
        c.Coined && !c.PaperHeadAfter && CueMatcher.LastBefore(c.Text, c.Tokens, c.At, s_componentNamingCues, earliest: c.At - 4) is int cue and >= 0
        && !IntroductionCues.Before(c.Text, c.Tokens, cue)
            ? DiscoveryVerdict.Accept(c.Name(EntityType.Technique))
            : DiscoveryVerdict.Pass;
}
