using NUnit.Framework;
using static Cartograph.Graph.RelationOrigin;

namespace Cartograph.Tests.Extraction.Relations;

/// <summary>rivals-of-the-topic: without a paper, the product a stretch of news is about, set against what a rivalry cue names.</summary>
[TestFixture]
public sealed class RivalsOfTheTopicRuleSpec
{
    private const string Launch = "Google launched Gemini this week.\n\nGemini is trained on text, images and audio. Gemini runs on phones too. ";

    [Test]
    public void TheProductTheNewsIsAboutCompetesWithWhatItBeats()
    {
        var x = RuleSpec.Extract(Launch + "It beats GPT-4 on many benchmarks.\n", "Gemini", "GPT-4");
        Assert.That(x.By(RivalsOfTheTopic), Is.EqualTo(new[] { "Gemini -competes_with-> GPT-4" }));
    }

    [Test]
    public void TheProductTheNewsIsAboutDoesNotCompeteWithWhatItOnlyNames()
    {
        var x = RuleSpec.Extract(Launch + "It was evaluated with prompts written by GPT-4.\n", "Gemini", "GPT-4");
        Assert.That(x.By(RivalsOfTheTopic), Is.Empty);
    }
}
