using Cartograph.Extraction.Text;

namespace Cartograph.Extraction.Discovery.Filters;

/// <summary>
/// "SFT-trained RoboRefer", "RL-tuned Foo": the name starts after the modifier (a title-case "Hardware-Aligned
/// Optimization" is one name).
/// </summary>
internal sealed class TrainedModifierFilter : IDiscoveryRule
{
    /// <summary>Second parts of a hyphenated modifier before a name: "SFT-trained", "RL-tuned", "LLM-based".</summary>
    private static readonly WordSet s_trainedModifiers = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "trained", "tuned", "pretrained", "finetuned", "based", "aligned", "distilled", "guided", "powered", "enhanced",
    });

    public string Name => "trained-modifier";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c)
    {
        var tokens = c.Tokens;
        var text = c.Text;
        int at = c.At;
        return NameRuns.HasHyphenedPart(text, tokens, at, s_trainedModifiers)
            && at + 3 < tokens.Count && tokens[at + 3] is { Kind: TokenKind.Word, Joined: false } after && char.IsUpper(text[after.Start])
            ? DiscoveryVerdict.Reject
            : DiscoveryVerdict.Pass;
    }
}
