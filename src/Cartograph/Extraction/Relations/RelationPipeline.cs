using System.Collections.Immutable;
using Cartograph.Extraction.Attribution;
using Cartograph.Extraction.Discourse;
using Cartograph.Graph;

namespace Cartograph.Extraction.Relations;

/// <summary>
/// The relation rules of extraction, registered in order in an immutable pipeline (as Markdig registers its block
/// and inline parsers): first the attribution stage (uses_technique and applied_to, decided by vetoes, the
/// segment's paper and the learned model), then, sentence by sentence, each rule of <see cref="Rules"/> in turn.
/// Order matters: a later rule consults the relations earlier ones found (a paper's maker is no rival of it), and
/// relations are kept in first-found order. Finally one relation is kept per statement with every rule that read
/// it, and each paper's context for the cross-document rules is noted.
/// <para>
/// To add a rule: one class implementing <see cref="IRelationRule"/> with its own <see cref="RelationOrigin"/>
/// flag, registered in <see cref="Default"/> where it must run, and a spec file of its own
/// (<c>tests/Cartograph.Tests/Extraction/Specs/*.spec</c>, whose edges can name the rule that must make them).
/// </para>
/// </summary>
internal sealed class RelationPipeline
{
    /// <summary>The rules every extraction runs, in the order they run for each sentence.</summary>
    public static readonly RelationPipeline Default = new(
    [
        new AppositiveDescriptionRule(),
        // developed_by: what the text itself says, before what needs the lexicon's makers
        new MakerCueRule(),
        new DefinedAsMadeByRule(),
        new ReleaseVerbRule(),
        new MakerNamedBesideRule(),
        // competes_with, after developed_by: a maker found above is never its own product's rival
        new ListedRivalsRule(),
        new RivalryCueRule(),
        new RivalsOfTheTopicRule(),
    ]);

    public RelationPipeline(IEnumerable<IRelationRule> rules)
    {
        Rules = [.. rules];
        var origins = RelationOrigin.Unrecorded;
        foreach (var rule in Rules)
        {
            if ((origins & rule.Origin) != 0 || rule.Origin.Count() != 1)
                throw new ArgumentException($"Each rule needs a flag of its own: {rule.GetType().Name} has {rule.Origin}.", nameof(rules));
            origins |= rule.Origin;
        }
    }

    /// <summary>The sentence rules, in the order they run.</summary>
    public ImmutableArray<IRelationRule> Rules { get; }

    /// <summary>Reads every relation of the document into <c>x.Relations</c> and each paper's context into <c>x.Papers</c>.</summary>
    public void Apply(DocumentExtraction x, List<SentenceAnalysis> sentences, int[] paperOf, AttributionRule attribution, DocumentTraits traits)
    {
        var d = new RelationDocument(x, sentences, paperOf, RelationSubjects.Assign(x, sentences, paperOf))
        {
            IsConversation = traits.HasSpeakers || traits.Caseless,
            IsResearchVoice = traits.ResearchVoice,
        };
        attribution.Apply(x, sentences, d.Subjects, traits, x.Relations);
        for (int si = 0; si < sentences.Count; si++)
            foreach (var rule in Rules) rule.Apply(d, si);
        // one relation per (source, relation, target, sentence), in first-seen order, with every rule that read it
        ExtractedRelation.MergeRepeats(x.Relations);
        for (int p = 0; p < x.Entities.Count; p++)
        {
            if (x.Entities[p].Type != EntityType.Paper) continue;
            d.RivalrySentences.TryGetValue(p, out var rivals);
            x.Papers.Add(new PaperContext(p, IntroDomain(d, p), rivals ?? []));
        }
    }

    /// <summary>The task a paper is introduced with: the first domain named in its segment's first sentences.</summary>
    private static int? IntroDomain(RelationDocument d, int paper)
    {
        int seen = 0;
        for (int si = 0; si < d.Sentences.Count && seen < 2; si++)
        {
            if (d.PaperOf[si] != paper) continue;
            seen++;
            foreach (var m in d.Sentences[si].Mentions)
                if (d.TypeOf(m.Entity) == EntityType.Domain && !m.Contrastive) return m.Entity;
        }
        return null;
    }
}
