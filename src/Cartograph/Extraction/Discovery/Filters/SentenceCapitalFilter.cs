namespace Cartograph.Extraction.Discovery.Filters;

/// <summary>
/// "Today we ...", "Computers ...": a common word is capitalised because it opens the sentence, which says nothing of a
/// name; an acronym, a hyphenated word or three capitalised words ending in a method word still name one.
/// </summary>
internal sealed class SentenceCapitalFilter : IDiscoveryRule
{
    public string Name => "sentence-capital";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c) =>
        c.SentenceStart && c.Words.IsCommonWord(c.FirstWord) && !NameShapes.IsAcronym(c.FirstWord) && !c.FirstJoined && !c.MethodRun
            ? DiscoveryVerdict.Reject
            : DiscoveryVerdict.Pass;
}
