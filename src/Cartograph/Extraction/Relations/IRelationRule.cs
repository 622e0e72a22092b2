using Cartograph.Graph;

namespace Cartograph.Extraction.Relations;

/// <summary>
/// One rule that reads relations from a sentence, in the context of its document. A rule is stateless (the
/// pipeline that holds it is shared by every thread) and adds what it finds through
/// <see cref="RelationDocument.Add"/>, stamped with its <see cref="Origin"/> so each edge can tell which rules made it.
/// </summary>
internal interface IRelationRule
{
    /// <summary>The rule's flag: what <c>explain</c> and the graph files' <c>rules</c> name it by.</summary>
    RelationOrigin Origin { get; }

    /// <summary>Adds the relations sentence <paramref name="si"/> states by this rule.</summary>
    void Apply(RelationDocument d, int si);
}
