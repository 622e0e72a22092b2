using Cartograph.Extraction.Text;

namespace Cartograph.Extraction.Discourse;

/// <summary>What the relation rules need to know of one sentence after its mentions are found.</summary>
public sealed class SentenceAnalysis
{
    public SentenceAnalysis(Sentence sentence) => Sentence = sentence;

    public Sentence Sentence { get; private set; }
    public List<SentenceMention> Mentions { get; } = [];

    /// <summary>Makes the analysis that of another sentence, keeping its list (extraction reuses them).</summary>
    internal void Reset(Sentence sentence)
    {
        Sentence = sentence;
        Mentions.Clear();
        ShiftsTopic = IsGeneric = DefinesFirstMention = AuthorsSpeak = RefersBack = false;
        RivalryCues.Clear();
        RivalryClauseStarts.Clear();
        RivalryClausePronouns.Clear();
        AppositiveOpenings.Clear();
        FirstSemicolon = -1;
        Persons = GrammaticalPersons.None;
    }

    /// <summary>The sentence opens a new item ("Next up is ...", "Moving on").</summary>
    public bool ShiftsTopic { get; set; }

    /// <summary>The sentence sets things against each other ("compares to", "competition", "versus").</summary>
    public bool HasRivalryCue => RivalryCues.Count > 0;
    /// <summary>The tokens where the sentence's rivalry cues start ("outperforms", "better than"), in order.</summary>
    public List<int> RivalryCues { get; } = [];
    /// <summary>For each rivalry cue, the token that opens its clause (a semicolon, or a pronoun standing for the subject:
    /// "... such as HumanEval; it outperforms GPT-4o"), or -1: nothing named before it is the cue's subject.</summary>
    public List<int> RivalryClauseStarts { get; } = [];

    /// <summary>For each rivalry cue, whether its clause opens with a subject pronoun ("...; it outperforms GPT-4o").</summary>
    public List<bool> RivalryClausePronouns { get; } = [];

    /// <summary>The commas that open an indefinite appositive (", a", ", an"): what follows describes the name before it.</summary>
    public List<int> AppositiveOpenings { get; } = [];

    /// <summary>The token index of the sentence's first semicolon, or -1.</summary>
    public int FirstSemicolon { get; internal set; } = -1;

    /// <summary>The sentence points back to a work without naming it ("this model", "it was trained"): its subject is carried or the topic.</summary>
    public bool RefersBack { get; set; }

    /// <summary>A generic statement about other work ("Most systems do late fusion"): nothing in it is attributed.</summary>
    public bool IsGeneric { get; set; }

    /// <summary>The authors speak of their own work in it ("we introduce", "our model").</summary>
    public bool AuthorsSpeak { get; set; }

    /// <summary>Whether a speaker says "we"/"our" or "you"/"your" in it (read only in conversations and a paper's own prose).</summary>
    internal GrammaticalPersons Persons { get; set; }

    /// <summary>The first mention is followed by "is"/"was": the sentence defines it ("X is a small model from NVIDIA").</summary>
    public bool DefinesFirstMention { get; set; }
}

/// <summary>The pronouns a sentence uses: who speaks for whom (<see cref="CompanyVoice"/>).</summary>
[Flags]
internal enum GrammaticalPersons : byte
{
    None = 0,
    /// <summary>"we", "our", "us".</summary>
    FirstPlural = 1,
    /// <summary>"you", "your".</summary>
    Second = 2,
}

/// <summary>
/// A mention resolved to its document entity, with the cues around it. <see cref="Appositive"/>: only a comma or
/// dash separates it from the mention before ("OrbitVLA, Google's new policy").
/// </summary>
public readonly record struct SentenceMention(
    int Entity,
    int TokenStart,
    bool Contrastive,
    bool AfterMakerCue,
    bool Introduced,
    bool Possessive,
    int ListGroup,
    int TokenEnd = -1,
    bool Appositive = false,
    MentionCues Cues = MentionCues.None);

/// <summary>What the words around a mention say about it, for the attribution model and the maker rules.</summary>
[Flags]
public enum MentionCues
{
    None = 0,
    /// <summary>"uses X", "built on X", "with X".</summary>
    MethodUse = 1,
    /// <summary>"for X", "in X", "applied to X".</summary>
    Application = 2,
    /// <summary>"not X", "no X", "isn't X", "never X".</summary>
    Negated = 4,
    /// <summary>Listed beside another mention of its type ("LoRA, QLoRA and PEFT").</summary>
    Listed = 8,
    /// <summary>A release verb follows within a few words: "Meta has released", "OpenAI just shipped".</summary>
    ReleaseVerbAfter = 16,
    /// <summary>An organization named with "the": an institution one deals with ("submit to the FDA"), not one's company.</summary>
    Institution = 32,
    /// <summary>A work after "on" in what may be a comparison: what scores were measured on ("90.2% on HumanEval").</summary>
    Benchmark = 64,
}
