using NUnit.Framework;
using static Cartograph.Graph.EntityType;
using static Cartograph.Graph.Relation;

namespace Cartograph.Tests.Extraction;

/// <summary>
/// Who made an introduced work ("Researchers from Adobe introduce X"), mixed-case acronyms of a name, parts a
/// paper names ("what they call X") and names mentioned in passing, which must not take over the discussion.
/// </summary>
[TestFixture]
public sealed class SegmentAndMakerTests
{
    private const string Digest = """
        # Research Digest

        ### 1. FlashGrid: Real-Time Monocular Depth at 4K

        Researchers from Adobe introduce **FlashGrid**, a streaming depth model. Useful for video editing and augmented reality.

        ### 2. Mixture-of-Loops

        Google and KAIST propose **Mixture-of-Loops (MoL)**, which reuses a shared stack of layers. MoL cuts KV cache memory.
        """;

    private const string Podcast = """
        **Alex:** \[00:10\] First up is VideoLoom from Meta.

        **Priya:** \[00:30\] They train with what they call Inner-Guide, which steers sampling with optical flow. And it beats PulseMotion on motion quality. The model relies on knowledge distillation.

        **Jun:** \[01:05\] Next up is TitanBox from Google. It targets time series forecasting.
        """;

    [Test]
    public void ATitleCaseSubtitleInAHeadingIsNoPaper()
    {
        var g = ExtractionHarness.Graph(Digest);
        Assert.That(g.AnyNamed("Real-Time Monocular Depth"), Is.Empty, g.Describe());
        g.RequireEdge(AppliedTo, Paper, "FlashGrid", Domain, "augmented reality");
        g.RequireEdge(AppliedTo, Paper, "FlashGrid", Domain, "video editing");
    }

    [Test]
    public void OrganizationsThatIntroduceAWorkMadeIt()
    {
        var g = ExtractionHarness.Graph(Digest);
        g.RequireEdge(DevelopedBy, Paper, "FlashGrid", Organization, "Adobe");
        g.RequireEdge(DevelopedBy, Paper, "Mixture-of-Loops", Organization, "Google");
        g.RequireEdge(DevelopedBy, Paper, "Mixture-of-Loops", Organization, "KAIST");
    }

    [Test]
    public void AContrastedOrganizationDidNotMakeTheWork()
    {
        var g = ExtractionHarness.Graph("Unlike Google, we propose CedarNet, a compact vision model.");
        g.Require(Paper, "CedarNet");
        Assert.That(g.FindEdge(DevelopedBy, Paper, "CedarNet", Organization, "Google"), Is.Null, g.Describe());
    }

    [Test]
    public void AMixedCaseAcronymInParenthesesIsAnAliasOfTheName()
    {
        var g = ExtractionHarness.Graph(Digest);
        var n = g.Require(Paper, "Mixture-of-Loops");
        Assert.That(n.Aliases, Does.Contain("MoL"));
        Assert.That(g.Labels(Paper), Is.EquivalentTo(new[] { "FlashGrid", "Mixture-of-Loops" }), g.Describe());
        g.RequireEdge(UsesTechnique, Paper, "Mixture-of-Loops", Technique, "KV cache");
    }

    [Test]
    public void ACoinedNameTheyCallAPartIsATechniqueOfThePaper()
    {
        var g = ExtractionHarness.Graph(Podcast);
        g.RequireEdge(UsesTechnique, Paper, "VideoLoom", Technique, "Inner-Guide");
        Assert.That(g.Find(Paper, "Inner-Guide"), Is.Null, g.Describe());
    }

    [Test]
    public void ANameMentionedInPassingDoesNotTakeOverTheDiscussion()
    {
        var g = ExtractionHarness.Graph(Podcast);
        g.RequireEdge(UsesTechnique, Paper, "VideoLoom", Technique, "optical flow");
        g.RequireEdge(UsesTechnique, Paper, "VideoLoom", Technique, "knowledge distillation");
        g.RequireEdge(CompetesWith, Paper, "VideoLoom", Paper, "PulseMotion");
        Assert.That(g.FindEdge(UsesTechnique, Paper, "PulseMotion", Technique, "knowledge distillation"), Is.Null, g.Describe());
        g.RequireEdge(AppliedTo, Paper, "TitanBox", Domain, "time series forecasting");
        Assert.That(g.FindEdge(AppliedTo, Paper, "VideoLoom", Domain, "time series forecasting"), Is.Null, g.Describe());
    }

    [Test]
    public void TheDiscussedPaperBeatingANamedRivalCompetesWithIt()
    {
        var g = ExtractionHarness.Graph("Ana: Next up is VideoLoom. VideoLoom beats PulseMotion on motion quality.");
        g.RequireEdge(CompetesWith, Paper, "VideoLoom", Paper, "PulseMotion");
    }

    private const string FourPeople = """
        **Dana Whitfield:** \[00:00\] Welcome to The Gradient Hour, with Omar, Keiko and Sam Patel.

        **Dana Whitfield:** \[00:12\] Let's kick off with Hymbo. Keiko?

        **Keiko:** \[00:16\] Hymbo is a small language model from NVIDIA that mixes attention heads and state space model heads.

        **Omar:** \[01:02\] It is positioned against Llama 3 and Gemma at the 1B scale.

        **Dana Whitfield:** \[01:30\] Moving on. Sam, you picked the robotics one.

        **Sam Patel:** \[01:34\] Yeah. Instead of discretizing actions into tokens like RT-9 does, they generate action chunks with flow matching.

        **Dana Whitfield:** \[03:00\] Last one: MedSeg-3 from the University of Toronto, for radiology.
        """;

    [Test]
    public void ANameDefinedAsAModelIsThePaperAndItsMakerFollowsFrom()
    {
        var g = ExtractionHarness.Graph(FourPeople);
        g.RequireEdge(DevelopedBy, Paper, "Hymbo", Organization, "NVIDIA");
        g.RequireEdge(UsesTechnique, Paper, "Hymbo", Technique, "state space model");
        g.RequireEdge(CompetesWith, Paper, "Hymbo", Product, "Gemma");
    }

    [Test]
    public void FromTheUniversityIsAMakerCue()
    {
        var g = ExtractionHarness.Graph(FourPeople);
        g.RequireEdge(DevelopedBy, Paper, "MedSeg-3", Organization, "University of Toronto");
        g.RequireEdge(AppliedTo, Paper, "MedSeg-3", Domain, "radiology");
    }

    [Test]
    public void ANameInPassingDoesNotBecomeThePaperOfAnItemWithoutOne()
    {
        var g = ExtractionHarness.Graph(FourPeople);
        Assert.That(g.FindEdge(UsesTechnique, Paper, "RT-9", Technique, "flow matching"), Is.Null, g.Describe());
        Assert.That(g.FindEdge(UsesTechnique, Paper, "Hymbo", Technique, "flow matching"), Is.Null, g.Describe());
    }

    [Test]
    public void ALexiconProductDefinedAsAModelStaysAProduct()
    {
        var g = ExtractionHarness.Graph("Ana: Gemini is a multimodal model from Google.");
        g.Require(Product, "Gemini");
        Assert.That(g.Labels(Paper), Is.Empty, g.Describe());
    }

    [Test]
    public void ABoldNameOpeningAParagraphStartsItsOwnItem()
    {
        const string digest = """
            **FernGrid** from NVIDIA maps terrain with neural radiance fields.

            **SoundSage** is a benchmark for speech recognition in noisy rooms.
            """;
        var g = ExtractionHarness.Graph(digest);
        g.RequireEdge(UsesTechnique, Paper, "FernGrid", Technique, "neural radiance fields");
        Assert.That(g.FindEdge(UsesTechnique, Paper, "FernGrid", Technique, "automatic speech recognition"), Is.Null, g.Describe());
    }
}
