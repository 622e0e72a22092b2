namespace Cartograph.Extraction;

/// <summary>The rule (or the model) that made a relation of a document: what <c>cartograph explain</c> shows beside it.</summary>
public enum RelationOrigin : byte
{
    /// <summary>Read back from a partial graph, which does not store it.</summary>
    Unrecorded,
    /// <summary>A technique or domain named in the discussion of a paper belongs to that paper.</summary>
    SegmentPaper,
    /// <summary>The attribution model accepted the pair (a product, a carried subject, the stretch's topic).</summary>
    AttributionModel,
    /// <summary>"X from ByteDance", "ByteDance's X", "Researchers from Adobe introduce X".</summary>
    MakerCue,
    /// <summary>"Hymba is a small language model from NVIDIA".</summary>
    DefinedAsMadeBy,
    /// <summary>"Meta has released LLaMA 2".</summary>
    ReleaseVerb,
    /// <summary>The lexicon's maker of a product, named by the text within a few sentences of the same item.</summary>
    MakerNamedBeside,
    /// <summary>Products listed together as alternatives, or rivals listed under a rivalry cue.</summary>
    ListedRivals,
    /// <summary>The paper discussed, set against a name by a rivalry cue ("outperforms", "compared to").</summary>
    RivalryCue,
    /// <summary>A guest's "we" sentence: the company the guest speaks for uses it ("we do love attention").</summary>
    CompanyVoice,
    /// <summary>The name opens with its maker's: "Google Meet", "DeepSeek-Coder-V2".</summary>
    MakerInName,
}

/// <summary>The names of the origins as <c>explain</c> prints them.</summary>
public static class RelationOrigins
{
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
        RelationOrigin.CompanyVoice => "company-voice",
        RelationOrigin.MakerInName => "maker-in-name",
        _ => "unrecorded",
    };
}
