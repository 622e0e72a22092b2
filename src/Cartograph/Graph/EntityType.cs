namespace Cartograph.Graph;

/// <summary>The five kinds of node the map holds (see shared/spec/EXTRACTION.md).</summary>
public enum EntityType
{
    Paper,
    Technique,
    Organization,
    Product,
    Domain,
}

public static class EntityTypeNames
{
    public static readonly IReadOnlyList<EntityType> All =
        [EntityType.Paper, EntityType.Technique, EntityType.Organization, EntityType.Product, EntityType.Domain];

    /// <summary>The lower-case name written to every output format and used as the id prefix.</summary>
    public static string Name(this EntityType type) => type switch
    {
        EntityType.Paper => "paper",
        EntityType.Technique => "technique",
        EntityType.Organization => "organization",
        EntityType.Product => "product",
        EntityType.Domain => "domain",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static bool TryParse(string name, out EntityType type)
    {
        foreach (var t in All)
        {
            if (t.Name() == name)
            {
                type = t;
                return true;
            }
        }
        type = default;
        return false;
    }
}
