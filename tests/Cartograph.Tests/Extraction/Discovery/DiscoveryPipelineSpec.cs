using Cartograph.Extraction.Discovery;
using Cartograph.Extraction.Discovery.Filters;
using Cartograph.Extraction.Text;
using Cartograph.Graph;
using Cartograph.Lexicons;
using NUnit.Framework;

namespace Cartograph.Tests.Extraction.Discovery;

/// <summary>
/// The discovery rules run in a fixed order, filters before the rules they guard, each under a name of its own; a
/// token asks only the rules its shape can trigger.
/// </summary>
[TestFixture]
public sealed class DiscoveryPipelineSpec
{
    private static readonly string[] s_capitalisedWordRules =
    [
        "speaker-name", "headline-verb", "hyphenated-part", "trained-modifier", "like-suffix", "pronoun",
        "person-role", "verb-heading", "sentence-capital", "plural-class-noun",
        "method-head-name", "name-before-method-word", "component-naming", "coined-name", "acronym-name", "owned-product", "market-noun-product",
        "released-and-defined",
        "common-word", "cue-introduced-name", "defined-as-work",
    ];

    [Test]
    public void TheDefaultPipelineAsksTheFiltersBeforeTheRulesTheyGuard()
    {
        Assert.That(DiscoveryPipeline.Default.Rules.Select(r => r.Name), Is.EqualTo(s_capitalisedWordRules.Append("lower-case-method")));
    }

    [Test]
    public void TwoRulesUnderOneNameAreRefused()
    {
        Assert.That(() => new DiscoveryPipeline([new CoinedNameRule(), new PronounFilter()]), Throws.Nothing);
        Assert.That(() => new DiscoveryPipeline([new CoinedNameRule(), new PronounFilter(), new CoinedNameRule()]),
            Throws.ArgumentException.With.Message.Contains("CoinedNameRule"));
    }

    [Test]
    public void ARuleMustNameAShapeThatTriggersIt()
    {
        Assert.That(() => new DiscoveryPipeline([new Recorder("any-word", TokenShapes.CapitalisedWord | TokenShapes.LowerCaseWord)]), Throws.Nothing);
        Assert.That(() => new DiscoveryPipeline([new Recorder("never", TokenShapes.None)]),
            Throws.ArgumentException.With.Message.Contains("Recorder"));
    }

    [Test]
    public void EachShapeIndexesTheRulesItCanTriggerInRegisteredOrder()
    {
        var pipeline = DiscoveryPipeline.Default;
        Assert.That(pipeline.RulesFor(TokenShapes.CapitalisedWord).Select(r => r.Name), Is.EqualTo(s_capitalisedWordRules));
        Assert.That(pipeline.RulesFor(TokenShapes.LowerCaseWord).Select(r => r.Name), Is.EqualTo(new[] { "lower-case-method" }));
        Assert.That(pipeline.RulesFor(TokenShapes.Number), Is.Empty);
        Assert.That(pipeline.RulesFor(TokenShapes.Punctuation), Is.Empty);
        Assert.That(pipeline.RulesFor(TokenShapes.OtherWord), Is.Empty);
    }

    [Test]
    public void OnlyARuleThatReadsEarlierMentionsIsWorkedOutAgainInTheSecondPass()
    {
        Assert.That(DiscoveryPipeline.Default.DependsOnSentenceAlone(TokenShapes.CapitalisedWord), Is.True);
        Assert.That(DiscoveryPipeline.Default.DependsOnSentenceAlone(TokenShapes.LowerCaseWord), Is.False);
    }

    [Test]
    public void ATokenAsksOnlyTheRulesItsShapeCanTrigger()
    {
        var capitalised = new Recorder("capitalised", TokenShapes.CapitalisedWord);
        var lowerCase = new Recorder("lower-case", TokenShapes.LowerCaseWord);
        Find("Yesterday we tried ZorbaNet with 3 quirky Vexmoor prompts.", new DiscoveryPipeline([capitalised, lowerCase]));

        Assert.That(capitalised.Asked, Is.EqualTo(new[] { "Yesterday", "ZorbaNet", "Vexmoor" }));
        Assert.That(lowerCase.Asked, Is.EqualTo(new[] { "we", "tried", "with", "quirky", "prompts" }));
    }

    [Test]
    public void ANameIsFoundOnlyByARuleTheSentenceRegisters()
    {
        var withCoinedNames = Find("Yesterday we tried ZorbaNet at home.", DiscoveryPipeline.Default);
        Assert.That(withCoinedNames.Select(m => (m.Surface, m.Type)), Does.Contain(("ZorbaNet", EntityType.Paper)));

        var withoutCoinedNames = Find("Yesterday we tried ZorbaNet at home.",
            new DiscoveryPipeline(DiscoveryPipeline.Default.Rules.Where(r => r is not CoinedNameRule)));
        Assert.That(withoutCoinedNames.Select(m => m.Surface), Does.Not.Contain("ZorbaNet"));
    }

    /// <summary>No names, only the common words: what the rules find is theirs, and no lexicon name covers a word.</summary>
    private static readonly Lexicon s_noNames = new([], Lexicon.Default.CommonWords);

    private static List<Mention> Find(string sentence, DiscoveryPipeline pipeline)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(sentence, 0, sentence.Length, tokens);
        var found = new List<Mention>();
        new MentionFinder(s_noNames, pipeline).Find(sentence, tokens, null, new HashSet<string>(), found);
        return found;
    }

    /// <summary>A rule that decides nothing and notes the first word of each candidate it is asked about.</summary>
    private sealed class Recorder(string name, TokenShapes trigger) : IDiscoveryRule
    {
        public List<string> Asked { get; } = [];

        public string Name => name;

        public TokenShapes Trigger => trigger;

        public DiscoveryVerdict Apply(ref NameCandidate candidate)
        {
            Asked.Add(candidate.FirstWord.ToString());
            return DiscoveryVerdict.Pass;
        }
    }
}
