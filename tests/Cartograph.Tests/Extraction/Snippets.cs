namespace Cartograph.Tests.Extraction;

/// <summary>Hand-written snippets in each input style the corpus has (none copied from seeds/).</summary>
internal static class Snippets
{
    /// <summary>Two hosts, "Name: text" lines, with a stage direction.</summary>
    public const string TwoHostTranscript = """
        Maya: Welcome back to Paper Patrol, I'm Maya.
        Theo: And I'm Theo. Three papers today, all about making machines see and act.
        Maya: First up is QuillNet, from ByteDance. QuillNet uses contrastive learning for handwriting recognition.
        Theo: Most systems do late fusion, but QuillNet fuses pen strokes and pixels right at the input.
        Maya: [laughs] Right, it's a bold choice.
        Theo: Next up is OrbitVLA, Google's new policy for robotic manipulation. It is trained with reinforcement learning in simulation.
        Maya: OrbitVLA reaches a high success rate on cluttered shelves.
        Theo: And we've got StitchGS, which relies on Gaussian splatting for 3D reconstruction of whole rooms.
        Maya: StitchGS renders in real time on a laptop.
        """;

    /// <summary>A "**Name:**" podcast with escaped timestamps and three speakers.</summary>
    public const string ThreeSpeakerPodcast = """
        **Priya:** \[00:00\] Hey everyone, welcome to Lab Notes. I'm here with Sam and Dana.

        **Sam:** \[00:41\] Thanks Priya. So the third paper, LumaTok, is a tokenizer for video generation.

        **Dana:** \[01:15\] LumaTok relies on vector quantization, and the authors report much sharper frames.

        **Priya:** \[02:03\] Then there's "Reading Between the Frames" is the title of a paper from Meta on sign language translation.

        **Sam:** \[03:30\] Its core trick is the Frame Gap Loss, which keeps motion smooth.

        **Dana:** \[04:12\] And people compare it against HeyGen, Synthesia and Runway all the time.
        """;

    /// <summary>A markdown newsletter digest: headings, numbered items, links.</summary>
    public const string NewsletterDigest = """
        # The Weekly Tensor - Issue 42

        ## Papers

        1. **TerraMind-3D** from NVIDIA builds terrain maps with neural radiance fields for autonomous driving. [Read the paper](https://example.org/terramind)
        2. **Echo-Bench** is a new benchmark for speech recognition in noisy rooms. [arXiv](https://example.org/echo-bench)
        3. The ZZ-GRPO algorithm fine-tunes small models with fewer rollouts for code generation.

        ## Products

        Meeting tools keep adding AI notes: Zoom, Teams, Google Meet all shipped summaries this week.
        """;

    /// <summary>An arXiv abstract: the title line, then one paragraph.</summary>
    public const string ArxivAbstract = """
        SparseMorph: Efficient Shape Editing with Sparse Attention

        We present SparseMorph, a method for interactive 3D shape editing. Unlike prior approaches that rely on dense attention, SparseMorph uses sparse attention and knowledge distillation to run at interactive rates. We apply SparseMorph to computer-aided design and show that the Morph Consistency Loss improves edit fidelity. Code is available.
        """;
}
