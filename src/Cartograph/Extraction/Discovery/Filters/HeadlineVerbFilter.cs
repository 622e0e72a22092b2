using Cartograph.Extraction.Text;
namespace Cartograph.Extraction.Discovery.Filters;

/// <summary>"Proposes LLaDA", "Meet Gemma": a verb that introduces a name is capitalised only because it opens a headline.</summary>
internal sealed class HeadlineVerbFilter : IDiscoveryRule
{
    private static readonly WordSet s_headlineVerbs = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "proposes", "introduces", "presents", "introducing", "presenting", "announcing", "unveils", "meet", "releases",
        "launches", "highlighted", "highlights",
    });

    public string Name => "headline-verb";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c) =>
        s_headlineVerbs.Contains(c.FirstWord) ? DiscoveryVerdict.Reject : DiscoveryVerdict.Pass;
}
