namespace Cartograph.Graph;

/// <summary>The typed edges of the map. Source -> target directions are fixed by the spec.</summary>
/// <remarks>One byte: beside it <see cref="Edge.Rules"/> then fits in the padding an edge object already has.</remarks>
public enum Relation : byte
{
    UsesTechnique,
    AppliedTo,
    DevelopedBy,
    CompetesWith,
}

public static class RelationNames
{
    public static readonly IReadOnlyList<Relation> All =
        [Relation.UsesTechnique, Relation.AppliedTo, Relation.DevelopedBy, Relation.CompetesWith];

    public static string Name(this Relation relation) => relation switch
    {
        Relation.UsesTechnique => "uses_technique",
        Relation.AppliedTo => "applied_to",
        Relation.DevelopedBy => "developed_by",
        Relation.CompetesWith => "competes_with",
        _ => throw new ArgumentOutOfRangeException(nameof(relation)),
    };

    /// <summary>competes_with is symmetric: it is stored once, source and target in ordinal order.</summary>
    public static bool IsSymmetric(this Relation relation) => relation == Relation.CompetesWith;

    public static bool TryParse(string name, out Relation relation)
    {
        foreach (var r in All)
        {
            if (r.Name() == name)
            {
                relation = r;
                return true;
            }
        }
        relation = default;
        return false;
    }
}
