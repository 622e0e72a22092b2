using Cartograph.Extraction.Discourse;
using Cartograph.Extraction.Text;
using Cartograph.Graph;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// An acronym names the work when it opens a title ("BOAD: Discovering Hierarchical Software Engineering Agents"),
/// a technique when a cue introduces it ("they're proposing GRAM"), and a paper when a comparison sets it against
/// the work ("outperforms LISA"); a bare acronym is no new name.
/// </summary>
internal sealed class AcronymNameRule : IDiscoveryRule
{
    /// <summary>How many tokens before the acronym a comparison may start: "outperforms BiomedParse, SAM-Med and LISA".</summary>
    private const int ComparisonReach = 6;

    private static readonly CueList s_comparisons = Cues.Phrases(
        "outperforms", "outperform", "outperforming", "outperformed", "beats", "beat", "surpasses", "surpass", "surpassed",
        "better than", "compared to", "compared with", "versus", "vs", "baselines such as", "baselines including");

    private static bool AfterOn(in NameCandidate c) =>
        c.At > 0 && c.Tokens[c.At - 1] is { Kind: TokenKind.Word } before && CueMatcher.WordEquals(c.Text.AsSpan(before.Start, before.Length), "on");

    public string Name => "acronym-name";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c)
    {
        int end = c.End;
        if (!NameRuns.IsAcronymRun(c.Text, c.Tokens, c.At, end)) return DiscoveryVerdict.Pass;
        if (c.Sentence.TitleCase && c.At == 0 && end < c.Tokens.Count && c.Tokens[end] is { Kind: TokenKind.Punct } colon && c.Text[colon.Start] == ':')
            return DiscoveryVerdict.Accept(c.Name(EntityType.Paper, introduced: true));
        if (c.Introduced) return DiscoveryVerdict.Accept(c.Name(EntityType.Technique));
        // "MedSeg-R outperforms LISA and BiomedParse": a work set against the paper's is a published baseline
        // (not what the scores were measured on: "outperforms GPT-4 on MMLU")
        return !AfterOn(c) && CueMatcher.LastBefore(c.Text, c.Tokens, c.At, s_comparisons, earliest: c.At - ComparisonReach) >= 0
            ? DiscoveryVerdict.Accept(c.Name(EntityType.Paper))
            : DiscoveryVerdict.Reject;
    }
}
