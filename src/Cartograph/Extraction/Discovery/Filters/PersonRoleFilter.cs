using Cartograph.Extraction.Text;

namespace Cartograph.Extraction.Discovery.Filters;

/// <summary>"GitHub CEO Nat Friedman", "Professor Fei-Fei Li": a capitalised run holding a person's role is a person.</summary>
internal sealed class PersonRoleFilter : IDiscoveryRule
{
    /// <summary>Words that name a person's role.</summary>
    private static readonly WordSet s_personRoles = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "ceo", "cto", "cfo", "coo", "founder", "cofounder", "co-founder", "president", "director", "youtuber", "influencer",
        "professor", "prof", "dr", "mr", "ms", "mrs", "vp", "chairman", "chairwoman", "ceos",
    });

    public string Name => "person-role";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c)
    {
        // the whole run, before a title line cuts it to its coined part
        int end = c.RunEnd;
        for (int k = c.At; k < end; k++)
            if (c.Tokens[k].Kind == TokenKind.Word && s_personRoles.Contains(c.Text.AsSpan(c.Tokens[k].Start, c.Tokens[k].Length))) return DiscoveryVerdict.Reject;
        return DiscoveryVerdict.Pass;
    }
}
