using Cartograph.Graph;

namespace Cartograph.Extraction.Discovery;

/// <summary>"the AT-GRPO algorithm", "GRAM module": a coined name or an acronym before a lower-case method word is a technique.</summary>
internal sealed class NameBeforeMethodWordRule : IDiscoveryRule
{
    public string Name => "name-before-method-word";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c)
    {
        var next = c.NextWord;
        if (!(c.HasNextWord && char.IsLower(next[0]) && NameShapes.MethodHeadLookup.Contains(next)
            && (c.Coined || NameRuns.IsAcronymRun(c.Text, c.Tokens, c.At, c.End))))
            return DiscoveryVerdict.Pass;
        string label = NameRuns.Span(c.Text, c.Tokens, c.At, c.End);
        return DiscoveryVerdict.Accept(new Mention(c.At, c.End, EntityType.Technique, label, label, MentionOrigin.Discovered, null)
        {
            Alias = string.Concat(label, " ", next),
        });
    }
}
