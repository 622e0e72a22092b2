using Cartograph.Extraction.Discourse;
using Cartograph.Extraction.Text;
using Cartograph.Graph;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// "Meta introduced Seamless Interaction, a dataset of 4,000 hours of conversations", "Google released Deep Research, an
/// agent that browses the web": a name of everyday words, each capitalised, that a release verb introduces and an
/// indefinite appositive defines as a work, is that work, however plain its words. It is a paper when the appositive's
/// noun is a paper's ("dataset", "benchmark", "model") and a product when it is a market's ("agent", "app", "tool").
/// Either cue alone leaves everyday words to the filters ("Apple released New Features"; "Paris, a city").
/// </summary>
internal sealed class ReleasedAndDefinedRule : IDiscoveryRule
{
    private static readonly WordSet s_productHeads = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "agent", "app", "assistant", "tool", "platform", "chatbot", "extension", "plugin", "service", "device", "feature", "api",
    });

    /// <summary>The appositive's noun is among its first this many words ("a new open-source dataset").</summary>
    private const int HeadReach = 3;

    public string Name => "released-and-defined";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c)
    {
        int at = c.At, end = c.End;
        if (end - at is < 2 or > 4 || at == 0 || !AllCapitalised(c.Text, c.Tokens, at, end)) return DiscoveryVerdict.Pass;
        if (!ReleaseVerbBefore(c.Text, c.Tokens, at)) return DiscoveryVerdict.Pass;
        return HeadOfAppositive(c.Text, c.Tokens, end) switch
        {
            EntityType.Paper => DiscoveryVerdict.Accept(c.Name(EntityType.Paper, introduced: true)),
            EntityType.Product => DiscoveryVerdict.Accept(c.Name(EntityType.Product)),
            _ => DiscoveryVerdict.Pass,
        };
    }

    private static bool AllCapitalised(string text, List<Token> tokens, int at, int end)
    {
        for (int k = at; k < end; k++)
            if (tokens[k].Kind != TokenKind.Word || !char.IsUpper(text[tokens[k].Start])) return false;
        return true;
    }

    /// <summary>How many words a release verb may have ("came out with").</summary>
    private const int ReleaseVerbWords = 3;

    /// <summary>A release verb (<see cref="Cues.Releases"/>) ends right before the name: "Google released", "Meta rolled out".</summary>
    private static bool ReleaseVerbBefore(string text, List<Token> tokens, int at)
    {
        for (int start = at - 1; start >= 0 && start >= at - ReleaseVerbWords; start--)
            if (CueMatcher.MatchAt(text, tokens, start, Cues.Releases) == at - start) return true;
        return false;
    }

    /// <summary>", a dataset of ...", ", an agent that ...": what the appositive after the name calls it, or null.</summary>
    private static EntityType? HeadOfAppositive(string text, List<Token> tokens, int end)
    {
        if (end + 2 >= tokens.Count || tokens[end].Kind != TokenKind.Punct || text[tokens[end].Start] != ',') return null;
        var article = text.AsSpan(tokens[end + 1].Start, tokens[end + 1].Length);
        if (!(article.Equals("a", StringComparison.OrdinalIgnoreCase) || article.Equals("an", StringComparison.OrdinalIgnoreCase))) return null;
        // the noun within the appositive's first words: "a new open-source dataset"
        if (NameRuns.PaperHeadWithin(text, tokens, end + 2, HeadReach - 1)) return EntityType.Paper;
        if (NameRuns.HeadWithin(text, tokens, end + 2, HeadReach - 1, s_productHeads)) return EntityType.Product;
        return null;
    }
}
