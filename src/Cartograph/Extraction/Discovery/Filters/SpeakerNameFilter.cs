namespace Cartograph.Extraction.Discovery.Filters;

/// <summary>"Daniel", "Chris": a speaker of the transcript is a person, never an entity.</summary>
internal sealed class SpeakerNameFilter : IDiscoveryRule
{
    public string Name => "speaker-name";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c) =>
        c.Sentence.Speakers.Contains(c.FirstWord) ? DiscoveryVerdict.Reject : DiscoveryVerdict.Pass;
}
