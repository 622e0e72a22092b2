using Cartograph.Extraction.Text;

namespace Cartograph.Extraction.Discovery.Filters;

/// <summary>
/// "ChatGPT-like", "GPT-style", "Pro-level": a name with a comparing suffix hyphened on describes something else; it
/// is no name itself (the known name before the hyphen is still found by the lexicon).
/// </summary>
internal sealed class LikeSuffixFilter : IDiscoveryRule
{
    private static readonly WordSet s_comparingSuffixes = new(new HashSet<string>(StringComparer.Ordinal)
    {
        "like", "style", "esque", "level", "sized", "class", "grade", "inspired", "compatible", "equivalent",
    });

    public string Name => "like-suffix";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c)
    {
        var tokens = c.Tokens;
        var text = c.Text;
        int at = c.At;
        return NameRuns.HasHyphenedPart(text, tokens, at, s_comparingSuffixes)
            && (at + 3 >= tokens.Count || !tokens[at + 3].Joined)
            ? DiscoveryVerdict.Reject
            : DiscoveryVerdict.Pass;
    }
}
