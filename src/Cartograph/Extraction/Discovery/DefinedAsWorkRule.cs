using Cartograph.Extraction.Discourse;
using Cartograph.Extraction.Text;
using Cartograph.Graph;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// "Hymba is a small language model from NVIDIA", "on OSWorld, which is a benchmark for computer agents": a name defined
/// as a work is a paper (a lexicon product of the same name still wins the tie, so "Gemini is a model" stays the product).
/// </summary>
internal sealed class DefinedAsWorkRule : IDiscoveryRule
{
    private static readonly CueList s_copulas = Cues.Phrases("is a", "is an", "is the", "'s a", "is basically a", "is essentially a", "is a new", "is their",
        "which is a", "which is an");

    // the relative clause of a name mid-sentence, after its comma: "scored 15% on OSWorld, which is a benchmark for computer agents"
    private static readonly CueList s_relatives = Cues.Phrases("which is a", "which is an");

    public string Name => "defined-as-work";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c) =>
        !c.Words.IsAllCommonRun(c.Text, c.Tokens, c.At, c.End) && IsDefinedAsWork(c.Text, c.Tokens, c.End)
            ? DiscoveryVerdict.Accept(c.Name(EntityType.Paper))
            : DiscoveryVerdict.Pass;

    private static readonly WordSet s_prepositions = new(new HashSet<string>(StringComparer.Ordinal) { "with", "of", "for", "in", "from", "on", "by", "at", "to" });

    /// <summary>How many words of the defining phrase come before a preposition ("a city with a new model": the head is "city").</summary>
    private static int WordsBeforePreposition(string text, List<Token> tokens, int from, int most)
    {
        for (int k = from; k < tokens.Count && k <= from + most; k++)
            if (tokens[k].Kind == TokenKind.Word && s_prepositions.Contains(text.AsSpan(tokens[k].Start, tokens[k].Length))) return k - from - 1;
        return most;
    }

    /// <summary>"X is a small language model", "X is an open benchmark": a copula, at most four words, a paper head noun.</summary>
    private static bool IsDefinedAsWork(string text, List<Token> tokens, int end)
    {
        int n = CueMatcher.MatchAt(text, tokens, end, s_copulas);
        if (n == 0 && end + 1 < tokens.Count && tokens[end].Kind == TokenKind.Punct && text[tokens[end].Start] == ',')
        {
            n = CueMatcher.MatchAt(text, tokens, end + 1, s_relatives);
            if (n > 0) n++;
        }
        return n > 0 && NameRuns.PaperHeadWithin(text, tokens, end + n, WordsBeforePreposition(text, tokens, end + n, 4));
    }
}
