using Cartograph.Extraction.Discourse;
using Cartograph.Graph;

namespace Cartograph.Extraction.Attribution;

/// <summary>How a sentence came to have a subject (several can hold at once).</summary>
[Flags]
internal enum SubjectSources
{
    None = 0,
    /// <summary>The paper the discourse segmenter gives the sentence.</summary>
    SegmentPaper = 1,
    /// <summary>A model or product the sentence names.</summary>
    NamedProduct = 2,
    /// <summary>An organization opening the sentence, standing for its product ("AskUI uses ...").</summary>
    OpeningOrganization = 4,
    /// <summary>The subject of the sentence just before, in the same turn or paragraph.</summary>
    Carried = 8,
    /// <summary>What the stretch of text is mostly about (<see cref="RelationSubjects"/>).</summary>
    Topic = 16,
    /// <summary>A paper the sentence names that the segmenter did not give it (named in passing, or in a recap).</summary>
    NamedPaper = 32,
    /// <summary>The company a guest speaks for, in the guest's "we" sentences (<see cref="CompanyVoice"/>).</summary>
    CompanyVoice = 64,
}

/// <summary>
/// The features of one (subject, technique-or-domain mention) pair that the attribution model weighs. The names are
/// the model file's keys, so the file says what each weight is for; the order is the vector's.
/// </summary>
internal static class AttributionFeatures
{
    public static readonly string[] Names =
    [
        "bias",
        "source:named-product", "source:opening-organization", "source:carried", "source:topic", "source:named-paper",
        "subject:paper", "subject:product", "subject:organization",
        "target:technique", "target:domain", "target:from-lexicon",
        "target:method-cue", "target:application-cue", "target:listed",
        "sentence:rivalry", "sentence:names-subject", "sentence:target-after-subject", "sentence:log-distance",
        "sentence:other-subjects", "sentence:log-targets", "sentence:refers-back",
        "document:log-target-mentions", "document:log-subject-mentions", "document:has-speakers", "document:caseless",
    ];

    public static int Count => Names.Length;

    /// <summary>Writes the features of attributing <paramref name="target"/> to <paramref name="subject"/> into <paramref name="into"/>.</summary>
    public static void Compute(DocumentExtraction x, SentenceAnalysis a, int subject, SubjectSources sources, SentenceMention target,
        DocumentTraits document, Span<float> into)
    {
        into.Clear();
        int f = 0;
        into[f++] = 1;
        into[f++] = Flag(sources, SubjectSources.NamedProduct);
        into[f++] = Flag(sources, SubjectSources.OpeningOrganization);
        into[f++] = Flag(sources, SubjectSources.Carried);
        into[f++] = Flag(sources, SubjectSources.Topic);
        into[f++] = Flag(sources, SubjectSources.NamedPaper);
        var subjectType = x.Entities[subject].Type;
        into[f++] = subjectType == EntityType.Paper ? 1 : 0;
        into[f++] = subjectType == EntityType.Product ? 1 : 0;
        into[f++] = subjectType == EntityType.Organization ? 1 : 0;
        var targetEntity = x.Entities[target.Entity];
        into[f++] = targetEntity.Type == EntityType.Technique ? 1 : 0;
        into[f++] = targetEntity.Type == EntityType.Domain ? 1 : 0;
        into[f++] = targetEntity.FromLexicon ? 1 : 0;
        into[f++] = (target.Cues & MentionCues.MethodUse) != 0 ? 1 : 0;
        into[f++] = (target.Cues & MentionCues.Application) != 0 ? 1 : 0;
        into[f++] = IsListed(x, a, target) ? 1 : 0;
        into[f++] = a.HasRivalryCue ? 1 : 0;
        int subjectAt = -1, others = 0, targets = 0;
        foreach (var m in a.Mentions)
        {
            var type = x.Entities[m.Entity].Type;
            if (m.Entity == subject) { if (subjectAt < 0) subjectAt = m.TokenStart; }
            else if (type is EntityType.Paper or EntityType.Product) others++;
            if (type is EntityType.Technique or EntityType.Domain) targets++;
        }
        into[f++] = subjectAt >= 0 ? 1 : 0;
        into[f++] = subjectAt >= 0 && target.TokenStart > subjectAt ? 1 : 0;
        into[f++] = subjectAt >= 0 ? MathF.Log(1 + Math.Abs(target.TokenStart - subjectAt)) : 0;
        into[f++] = Math.Min(others, 3) / 3f;
        into[f++] = MathF.Log(1 + targets);
        into[f++] = a.RefersBack ? 1 : 0;
        into[f++] = MathF.Log(1 + targetEntity.Mentions.Count);
        into[f++] = MathF.Log(1 + x.Entities[subject].Mentions.Count);
        into[f++] = document.HasSpeakers ? 1 : 0;
        into[f++] = document.Caseless ? 1 : 0;
    }

    private static float Flag(SubjectSources sources, SubjectSources flag) => (sources & flag) != 0 ? 1 : 0;

    private static bool IsListed(DocumentExtraction x, SentenceAnalysis a, SentenceMention target)
    {
        var type = x.Entities[target.Entity].Type;
        foreach (var m in a.Mentions)
            if (m.Entity != target.Entity && m.ListGroup == target.ListGroup && x.Entities[m.Entity].Type == type) return true;
        return false;
    }
}

/// <summary>What attribution needs to know of the whole document (<see cref="ResearchVoice"/>: a paper's own prose).</summary>
internal readonly record struct DocumentTraits(bool HasSpeakers, bool Caseless, bool ResearchVoice = false);
