using Cartograph.Extraction.Discourse;
using Cartograph.Extraction.Text;
using Cartograph.Graph;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// "Hymba is a small language model from NVIDIA": a name defined as a work is a paper (a lexicon product of the same
/// name still wins the tie, so "Gemini is a model" stays the product).
/// </summary>
internal sealed class DefinedAsWorkRule : IDiscoveryRule
{
    private static readonly CueList s_copulas = Cues.Phrases("is a", "is an", "is the", "'s a", "is basically a", "is essentially a", "is a new", "is their");

    public string Name => "defined-as-work";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c) =>
        !c.Words.IsAllCommonRun(c.Text, c.Tokens, c.At, c.End) && IsDefinedAsWork(c.Text, c.Tokens, c.End)
            ? DiscoveryVerdict.Accept(c.Name(EntityType.Paper))
            : DiscoveryVerdict.Pass;

    /// <summary>"X is a small language model", "X is an open benchmark": a copula, at most four words, a paper head noun.</summary>
    private static bool IsDefinedAsWork(string text, List<Token> tokens, int end)
    {
        int n = CueMatcher.MatchAt(text, tokens, end, s_copulas);
        return n > 0 && NameRuns.PaperHeadWithin(text, tokens, end + n, 4);
    }
}
