namespace Cartograph.Extraction.Discourse;

/// <summary>
/// The discourse and relation cue phrases, as sequences of lower-case words. They are grammar of
/// how people talk about papers, not knowledge of any paper, so they live in code beside the rules
/// that read them.
/// </summary>
public static class Cues
{
    /// <summary>Phrases that open the discussion of a new item: "Next up is X", "we've got X", "the third paper, X".</summary>
    public static readonly CueList Introductions = Phrases(
        "next up", "next up is", "next one", "next one is", "next is", "moving on", "first one", "first one is",
        "first up", "second one", "third one", "last one", "last one is", "final one", "first paper", "second paper",
        "third paper", "fourth paper", "fifth paper", "last paper", "final paper", "another paper", "this last paper",
        "let's start with", "starting with", "we've got", "we have got", "we got", "up next", "then there's", "there's also",
        "kick off with", "kicking off with", "let's talk about", "let's look at", "let's dig into", "up first", "starting off with",
        "this one is", "today's paper", "also today", "turning to", "switching to", "caught my eye", "paper is", "paper,",
        "the paper", "a paper", "new paper", "introduces", "introduce", "presents", "present", "propose", "proposes", "proposing",
        "we introduce", "we present", "we propose", "meet", "called", "named", "dubbed", "known as", "titled");

    /// <summary>Phrases that end the current item's discussion: a new topic starts even when no name follows.</summary>
    public static readonly CueList TopicShifts = Phrases(
        "next up", "next one", "moving on", "last one", "final one", "third paper", "second paper", "fourth paper",
        "last paper", "this last paper", "another paper", "next paper", "let's start with", "first one", "up next",
        "stepping back", "that's what we've got", "that's it for today", "looking across", "to wrap up", "in other news",
        "switching gears", "on to", "what's this", "is next", "is up next", "comes next", "shifting gears",
        "changing topics", "change topics", "on a different note", "on another note", "another article", "another story",
        "next article", "next story", "separately", "in related news", "in separate news");

    /// <summary>Words before a technique or domain that say the paper does not use it: "unlike", "instead of", "versus traditional".</summary>
    public static readonly CueList Contrasts = Phrases(
        "unlike", "instead of", "rather than", "versus", "vs", "compared to", "compared with", "traditional", "conventional",
        "existing", "prior", "previous", "current approach", "other approaches", "than", "most systems", "most models",
        "most approaches", "without", "not just", "no need for", "beyond");

    /// <summary>The introductions that only give a name ("called", "known as"): they make a new name but not a known one the subject.</summary>
    public static readonly CueList Namings = Phrases("called", "named", "dubbed", "known as", "titled");

    /// <summary>Words that point back to the work under discussion without naming it: "this model", "the paper", "it was trained".</summary>
    public static readonly CueList ReferencesBack = Phrases(
        "this model", "the model", "that model", "this paper", "the paper", "this system", "the system", "this work",
        "this release", "the release", "this version", "the new model", "their model", "its", "it was", "it is", "it's",
        "they trained", "they used", "they use", "they fine-tuned", "they released");

    /// <summary>Cues that set named things against each other.</summary>
    public static readonly CueList Rivalry = Phrases(
        "compares to", "compare to", "compared to", "compares with", "compared with", "versus", "vs", "competition",
        "competitor", "competitors", "competing", "compete", "competes", "rival", "rivals", "alternative to",
        "alternatives to", "big players", "players", "closed-source", "closed source", "incumbents", "and others",
        "against", "selling to", "beats", "outperforms", "comparable to", "on par with", "same space", "that space",
        "market leaders", "go up against", "take on", "outperform", "outperforming", "outperformed", "surpass", "surpasses",
        "surpassing", "surpassed", "exceed", "exceeds", "exceeding", "beat", "beating", "superior to", "better than",
        "competitive with", "rivaling", "rivalling", "on par", "comparable with",
        "leading models", "baselines such as", "improvement over", "improvements over", "speed-up over", "speedup over",
        "faster than", "gains over", "higher than", "stronger than", "previous generation", "successor to", "upgrade over",
        "match or beat", "match or exceed", "matches or beats", "matches or exceeds", "lags behind", "trails", "ahead of",
        "head-to-head", "head to head");

    /// <summary>Cues that name a maker: "X from ByteDance", "by Google", "Meta's X".</summary>
    public static readonly CueList Makers = Phrases(
        "from", "by", "released by", "built by", "developed by", "made by", "out of", "team at", "researchers at", "at");

    /// <summary>Words before a method the work itself uses or proposes: "they use X", "relies on X", "with X", "what they're calling X".</summary>
    public static readonly CueList MethodUses = Phrases(
        "use", "uses", "using", "used", "propose", "proposes", "proposed", "proposing", "introduce", "introduces",
        "introduced", "introducing", "rely on", "relies on", "relying on", "built on", "builds on", "based on", "employ",
        "employs", "employing", "leverage", "leverages", "leveraging", "adopt", "adopts", "adopting", "apply", "applies",
        "applying", "add", "adds", "adding", "combine", "combines", "combining", "with", "via", "through", "calling",
        "called", "dubbed", "named", "thanks to", "do", "does", "doing");

    /// <summary>Verbs by which an organization puts out a model or product: "Meta has released", "Google launched".</summary>
    public static readonly CueList Releases = Phrases(
        "released", "releases", "releasing", "release", "launched", "launches", "launching", "launch", "announced",
        "announces", "unveiled", "unveils", "introduced", "introduces", "open-sourced", "open-sources", "open sourced",
        "debuted", "debuts", "dropped", "drops", "shipped", "ships", "rolled out", "rolls out", "built", "builds",
        "trained", "trains", "developed", "develops", "published", "publishes", "unveiling", "presents", "presented",
        "put out", "puts out", "came out with", "comes out with", "made", "makes", "created", "creates",
        "teases", "teased", "previews", "previewed", "reveals", "revealed", "showcases", "showcased", "demos", "demoed",
        "brings", "brought", "adds", "added", "upgrades", "upgraded", "expands", "expanded", "present", "introduce",
        "unveil", "announce", "propose", "proposes", "proposed");

    /// <summary>Words before a domain the work is for: "for radiology", "in robotics", "applied to games".</summary>
    public static readonly CueList Applications = Phrases(
        "for", "in", "to", "applied to", "used in", "used for", "across", "into", "on", "towards", "toward", "targets",
        "targeting", "aimed at", "focused on", "tackles", "tackling", "solves", "solving", "enables", "enabling", "powers");

    /// <summary>Words that deny what follows: "not generative video", "isn't replacing", "no RLHF".</summary>
    public static readonly CueList Negations = Phrases(
        "not", "no", "never", "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't", "won't", "without",
        "neither", "nor", "instead of", "rather than", "isn’t", "doesn’t", "don’t", "didn’t", "aren’t", "won’t");

    public static CueList Phrases(params string[] phrases)
    {
        var result = new string[phrases.Length][];
        for (int i = 0; i < phrases.Length; i++)
            result[i] = phrases[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // longest first, so "next one is" is tried before "next one"
        Array.Sort(result, (a, b) => b.Length.CompareTo(a.Length));
        return new CueList(result);
    }
}
