using Cartograph.Extraction.Discourse;
using Cartograph.Extraction.Relations;
using Cartograph.Graph;

namespace Cartograph.Extraction.Attribution;

/// <summary>Receives every pair the attribution rule weighs, with its features (the training tool's hook).</summary>
internal interface IAttributionSink
{
    void Record(DocumentExtraction x, int subject, Relation relation, int target, ReadOnlySpan<float> features);
}

/// <summary>
/// uses_technique and applied_to: every technique or domain a sentence names, paired with each subject the sentence
/// may be talking about (<see cref="RelationSubjects"/>). Three rules decide first: a technique or domain set against
/// the work ("unlike prior X", "versus traditional X") or denied ("not generative video"), and anything in a generic
/// statement ("Most systems do X"), is never attributed; the paper whose discussion the sentence belongs to takes
/// the rest (the discourse segmenter is sure of that subject). For every other subject (a product the sentence names,
/// one carried over from the sentence before, the topic of the stretch, an organization standing for its product)
/// the attribution model decides, except in a paper's own prose, where a sentence of the paper's discussion is about
/// the paper alone.
/// </summary>
internal sealed class AttributionRule
{
    private readonly AttributionModel _model;
    private readonly IAttributionSink? _sink;

    public AttributionRule(AttributionModel model, IAttributionSink? sink = null)
    {
        _model = model;
        _sink = sink;
    }

    public void Apply(DocumentExtraction x, List<SentenceAnalysis> sentences, RelationSubjects subjects, DocumentTraits traits,
        List<ExtractedRelation> into)
    {
        Span<float> features = stackalloc float[AttributionFeatures.Count];
        for (int si = 0; si < sentences.Count; si++)
        {
            var candidates = subjects.Of(si);
            if (candidates.IsEmpty) continue;
            var a = sentences[si];
            // in a paper's own prose a sentence of its discussion is about that paper: the models it names are what it
            // builds on or beats ("features from SAM's image encoder")
            bool aboutTheAuthorsPaper = false;
            if (traits.ResearchVoice)
                foreach (var (_, sources) in candidates) aboutTheAuthorsPaper |= (sources & SubjectSources.SegmentPaper) != 0;
            foreach (var target in a.Mentions)
            {
                var type = x.Entities[target.Entity].Type;
                if (type is not (EntityType.Technique or EntityType.Domain)) continue;
                var relation = type == EntityType.Technique ? Relation.UsesTechnique : Relation.AppliedTo;
                if (a.IsGeneric || target.Contrastive || (target.Cues & MentionCues.Negated) != 0) continue;
                foreach (var (subject, sources) in candidates)
                {
                    if (subject == target.Entity) continue;
                    if ((sources & SubjectSources.SegmentPaper) != 0)
                    {
                        into.Add(new ExtractedRelation(subject, relation, target.Entity, si, RelationOrigin.SegmentPaper));
                        continue;
                    }
                    if ((sources & SubjectSources.CompanyVoice) != 0)
                    {
                        into.Add(new ExtractedRelation(subject, relation, target.Entity, si, RelationOrigin.CompanyVoice));
                        continue;
                    }
                    if (aboutTheAuthorsPaper) continue;
                    AttributionFeatures.Compute(x, a, subject, sources, target, traits, features);
                    _sink?.Record(x, subject, relation, target.Entity, features);
                    if (_model.Accepts(features)) into.Add(new ExtractedRelation(subject, relation, target.Entity, si, RelationOrigin.AttributionModel));
                }
            }
        }
    }
}
