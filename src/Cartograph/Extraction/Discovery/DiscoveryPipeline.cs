using System.Collections.Immutable;
using System.Numerics;
using Cartograph.Extraction.Discovery.Filters;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// The rules that discover names the lexicon does not know, registered in order in an immutable pipeline (as Markdig
/// registers its parsers) and indexed by the token shapes that can trigger them (as Markdig indexes its inline parsers
/// by opening character): for a token, only the rules whose <see cref="IDiscoveryRule.Trigger"/> holds its shape are
/// asked, in registered order, and the first that rejects the candidate or names it decides. Filters come before the
/// rules they guard: a speaker, a headline verb or a sentence's first capital is no name, whatever a later rule says.
/// <para>
/// To add a rule: one class implementing <see cref="IDiscoveryRule"/> under a name of its own, registered in
/// <see cref="Default"/> where it must run, and a spec file (<c>tests/Cartograph.Tests/Extraction/Specs/*.spec</c>)
/// with the snippet it must and must not name.
/// </para>
/// </summary>
internal sealed class DiscoveryPipeline
{
    /// <summary>The rules every extraction runs, in the order they are asked.</summary>
    public static readonly DiscoveryPipeline Default = new(
    [
        // what the first word alone rules out, before the name is measured
        new SpeakerNameFilter(),
        new HeadlineVerbFilter(),
        new HyphenatedPartFilter(),
        new TrainedModifierFilter(),
        new LikeSuffixFilter(),
        new PronounFilter(),
        // what the measured run rules out
        new PersonRoleFilter(),
        new VerbHeadingFilter(),
        new SentenceCapitalFilter(),
        new PluralClassNounFilter(),
        // names by their shape, then by the cue that introduces them
        new MethodHeadNameRule(),
        new NameBeforeMethodWordRule(),
        new ComponentNamingRule(),
        new CoinedNameRule(),
        new AcronymNameRule(),
        new OwnedProductRule(),
        new MarketNounProductRule(),
        new ReleasedAndDefinedRule(),
        new CommonWordFilter(),
        new CueIntroducedNameRule(),
        new DefinedAsWorkRule(),
        // lower-case words: a coined method after a usage cue
        new LowerCaseMethodRule(),
    ]);

    private readonly ImmutableArray<IDiscoveryRule>[] _byShape = new ImmutableArray<IDiscoveryRule>[TokenShape.Count];
    private readonly bool[] _readsEarlierMentions = new bool[TokenShape.Count];

    public DiscoveryPipeline(IEnumerable<IDiscoveryRule> rules)
    {
        Rules = [.. rules];
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in Rules)
        {
            if (!names.Add(rule.Name))
                throw new ArgumentException($"Each rule needs a name of its own: {rule.GetType().Name} is a second '{rule.Name}'.", nameof(rules));
            if (rule.Trigger == TokenShapes.None)
                throw new ArgumentException($"{rule.GetType().Name} names no token shape that can trigger it.", nameof(rules));
        }
        for (int s = 0; s < TokenShape.Count; s++)
        {
            var shape = (TokenShapes)(1 << s);
            _byShape[s] = [.. Rules.Where(r => (r.Trigger & shape) != 0)];
            _readsEarlierMentions[s] = _byShape[s].Any(r => r.ReadsEarlierMentions);
        }
    }

    /// <summary>Every rule, in the order they are asked.</summary>
    public ImmutableArray<IDiscoveryRule> Rules { get; }

    /// <summary>The rules a token of <paramref name="shape"/> (one shape) can trigger, in registered order.</summary>
    public ImmutableArray<IDiscoveryRule> RulesFor(TokenShapes shape) => _byShape[Slot(shape)];

    /// <summary>
    /// Whether what the rules decide for a token of <paramref name="shape"/> depends on the sentence alone, so the
    /// first pass's verdict holds in the second.
    /// </summary>
    public bool DependsOnSentenceAlone(TokenShapes shape) => !_readsEarlierMentions[Slot(shape)];

    /// <summary>The name the first deciding rule gives the candidate, or null when a rule rejects it or none decides.</summary>
    public Mention? Discover(ref NameCandidate candidate)
    {
        foreach (var rule in _byShape[Slot(candidate.Shape)])
        {
            var verdict = rule.Apply(ref candidate);
            if (verdict.Decided) return verdict.Name;
        }
        return null;
    }

    private static int Slot(TokenShapes shape) => BitOperations.TrailingZeroCount((uint)shape);
}
