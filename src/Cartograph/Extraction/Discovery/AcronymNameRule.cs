using Cartograph.Extraction.Text;
using Cartograph.Graph;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// An acronym names the work when it opens a title ("BOAD: Discovering Hierarchical Software Engineering Agents"),
/// and a technique when a cue introduces it ("they're proposing GRAM"); a bare acronym is no new name.
/// </summary>
internal sealed class AcronymNameRule : IDiscoveryRule
{
    public string Name => "acronym-name";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c)
    {
        int end = c.End;
        if (!NameRuns.IsAcronymRun(c.Text, c.Tokens, c.At, end)) return DiscoveryVerdict.Pass;
        if (c.Sentence.TitleCase && c.At == 0 && end < c.Tokens.Count && c.Tokens[end] is { Kind: TokenKind.Punct } colon && c.Text[colon.Start] == ':')
            return DiscoveryVerdict.Accept(c.Name(EntityType.Paper, introduced: true));
        return c.Introduced ? DiscoveryVerdict.Accept(c.Name(EntityType.Technique)) : DiscoveryVerdict.Reject;
    }
}
