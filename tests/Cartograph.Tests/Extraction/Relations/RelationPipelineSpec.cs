using Cartograph.Extraction.Relations;
using Cartograph.Graph;
using NUnit.Framework;

namespace Cartograph.Tests.Extraction.Relations;

/// <summary>The relation rules run in a fixed order, each under a flag of its own (what the edges' rules name).</summary>
[TestFixture]
public sealed class RelationPipelineSpec
{
    [Test]
    public void TheDefaultPipelineRunsTheMakerRulesBeforeTheRivalryRules()
    {
        Assert.That(RelationPipeline.Default.Rules.Select(r => r.Origin.Name()), Is.EqualTo(new[]
        {
            "appositive-description", "maker-cue", "defined-as-made-by", "release-verb", "maker-named-beside", "listed-rivals", "rivalry-cue", "rivals-of-the-topic",
        }));
    }

    [Test]
    public void TwoRulesUnderOneFlagAreRefused()
    {
        Assert.That(() => new RelationPipeline([new ReleaseVerbRule(), new MakerCueRule()]), Throws.Nothing);
        Assert.That(() => new RelationPipeline([new ReleaseVerbRule(), new ReleaseVerbRule()]),
            Throws.ArgumentException.With.Message.Contains("ReleaseVerbRule"));
    }
}
