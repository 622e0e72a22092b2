namespace Cartograph.Extraction.Discovery;

/// <summary>
/// One rule that decides whether a new name starts at a token, and what it names: a filter that rejects the
/// candidate, or a rule that names it. A rule is stateless (the pipeline that holds it is shared by every thread);
/// what it reads of the sentence comes from the <see cref="NameCandidate"/>.
/// </summary>
internal interface IDiscoveryRule
{
    /// <summary>The rule's name, one per pipeline: what tests and diagnostics call it.</summary>
    string Name { get; }

    /// <summary>The shapes of the first token that can start what this rule decides; the pipeline asks it about no other token.</summary>
    TokenShapes Trigger { get; }

    /// <summary>
    /// Whether the rule reads the mentions found before the candidate in its sentence. Such a rule's verdict may change
    /// once the document's own names are known, so it is never remembered from the first pass for the second.
    /// </summary>
    bool ReadsEarlierMentions => false;

    /// <summary>Rejects the candidate, names it, or passes it to the next rule.</summary>
    DiscoveryVerdict Apply(ref NameCandidate candidate);
}

/// <summary>What a rule decides of a candidate: nothing yet (<see cref="Pass"/>), no name, or this name.</summary>
internal readonly struct DiscoveryVerdict
{
    private DiscoveryVerdict(bool decided, Mention? name)
    {
        Decided = decided;
        Name = name;
    }

    /// <summary>The rule has nothing to say: the next rule decides.</summary>
    public static DiscoveryVerdict Pass => default;

    /// <summary>No name starts here; later rules are not asked.</summary>
    public static DiscoveryVerdict Reject => new(true, null);

    public static DiscoveryVerdict Accept(Mention name) => new(true, name);

    public bool Decided { get; }

    public Mention? Name { get; }
}
