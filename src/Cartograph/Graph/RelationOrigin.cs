using System.Numerics;
using System.Text;
using Cartograph.Extraction.Relations;

namespace Cartograph.Graph;

/// <summary>
/// The rules (or the model) that made a relation: one flag each, so a relation or an edge read by several rules
/// carries them all in two bytes and adding one more is an OR (the fold of millions of edges makes no string).
/// <c>cartograph explain</c> shows them beside each relation, the graph files as each edge's <c>rules</c>.
/// <para>A flag's name (<see cref="RelationOrigins.Name"/>) is what files store, never its number: flags may be renumbered.</para>
/// </summary>
[Flags]
public enum RelationOrigin : ushort
{
    /// <summary>No rule known: an edge made by hand, or read from a file that did not say.</summary>
    Unrecorded = 0,
    /// <summary>A technique or domain named in the discussion of a paper belongs to that paper.</summary>
    SegmentPaper = 1 << 0,
    /// <summary>The attribution model accepted the pair (a product, a carried subject, the stretch's topic).</summary>
    AttributionModel = 1 << 1,
    /// <summary>"X from ByteDance", "ByteDance's X", "Researchers from Adobe introduce X".</summary>
    MakerCue = 1 << 2,
    /// <summary>"Hymba is a small language model from NVIDIA".</summary>
    DefinedAsMadeBy = 1 << 3,
    /// <summary>"Meta has released LLaMA 2".</summary>
    ReleaseVerb = 1 << 4,
    /// <summary>The lexicon's maker of a product, named by the text within a few sentences of the same item.</summary>
    MakerNamedBeside = 1 << 5,
    /// <summary>Products listed together as alternatives, or rivals listed under a rivalry cue.</summary>
    ListedRivals = 1 << 6,
    /// <summary>The paper discussed, set against a name by a rivalry cue ("outperforms", "compared to").</summary>
    RivalryCue = 1 << 7,
    /// <summary>Without a paper, the product a stretch of news is about, set against the names a rivalry cue gives.</summary>
    RivalsOfTheTopic = 1 << 8,
    /// <summary>Across documents: a rivalry cue naming no rival links papers introduced with the same task.</summary>
    SharedTaskRivals = 1 << 9,
    /// <summary>A guest's "we" sentence: the company the guest speaks for uses it ("we do love attention").</summary>
    CompanyVoice = 1 << 10,
    /// <summary>The name opens with its maker's: "Google Meet", "DeepSeek-Coder-V2".</summary>
    MakerInName = 1 << 11,
    /// <summary>"Command A, an enterprise model for retrieval-augmented generation": what a work's appositive names.</summary>
    AppositiveDescription = 1 << 12,
}

/// <summary>The names of the rules as <c>explain</c> prints them and the graph files store them (kebab-case, stable).</summary>
public static class RelationOrigins
{
    /// <summary>Every rule, one flag each, in the order their names sort (ordinal): the order of a set's names.</summary>
    public static readonly IReadOnlyList<RelationOrigin> All =
        [.. Enum.GetValues<RelationOrigin>().Where(o => o != RelationOrigin.Unrecorded).OrderBy(o => o.Name(), StringComparer.Ordinal)];

    /// <summary>The name of one rule ("unrecorded" for none); for a set of several, <see cref="Names"/>.</summary>
    public static string Name(this RelationOrigin origin) => origin switch
    {
        RelationOrigin.SegmentPaper => "segment-paper",
        RelationOrigin.AttributionModel => "attribution-model",
        RelationOrigin.MakerCue => "maker-cue",
        RelationOrigin.DefinedAsMadeBy => "defined-as-made-by",
        RelationOrigin.ReleaseVerb => "release-verb",
        RelationOrigin.MakerNamedBeside => "maker-named-beside",
        RelationOrigin.ListedRivals => "listed-rivals",
        RelationOrigin.RivalryCue => "rivalry-cue",
        RelationOrigin.RivalsOfTheTopic => "rivals-of-the-topic",
        RelationOrigin.SharedTaskRivals => "shared-task-rivals",
        RelationOrigin.CompanyVoice => "company-voice",
        RelationOrigin.MakerInName => "maker-in-name",
        RelationOrigin.AppositiveDescription => "appositive-description",
        RelationOrigin.Unrecorded => "unrecorded",
        _ => Names(origin, ";"),
    };

    /// <summary>The rules of a set, each once, in ordinal order of their names.</summary>
    public static IEnumerable<RelationOrigin> Each(this RelationOrigin set)
    {
        foreach (var origin in All)
            if ((set & origin) != 0) yield return origin;
    }

    /// <summary>How many rules a set holds.</summary>
    public static int Count(this RelationOrigin set) => BitOperations.PopCount((uint)set);

    /// <summary>The names of a set's rules in ordinal order, <paramref name="separator"/> between them; empty for none.</summary>
    public static string Names(this RelationOrigin set, string separator) => string.Join(separator, set.Each().Select(o => o.Name()));

    /// <summary>The rule called <paramref name="name"/> (one name, as <see cref="Name"/> gives it).</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out RelationOrigin origin)
    {
        foreach (var o in All)
        {
            if (name.SequenceEqual(o.Name()))
            {
                origin = o;
                return true;
            }
        }
        origin = RelationOrigin.Unrecorded;
        return false;
    }

    /// <summary>The UTF-8 names of <see cref="All"/>, same order (the partial reader compares them without making a string).</summary>
    internal static readonly byte[][] Utf8Names = [.. All.Select(o => Encoding.UTF8.GetBytes(o.Name()))];
}
