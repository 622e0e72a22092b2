using Cartograph.Graph;

namespace Cartograph.Writing;

/// <summary>How one entity type is drawn. The same colour is used in GraphML (r,g,b) and DOT so the two maps agree.</summary>
public readonly record struct EntityStyle(byte R, byte G, byte B, string DotShape)
{
    public string Hex => $"#{R:x2}{G:x2}{B:x2}";

    /// <summary>White text on dark fills, black on light ones (perceived luminance), so labels stay readable.</summary>
    public string DotFontColor => 0.299 * R + 0.587 * G + 0.114 * B < 128 ? "white" : "black";
}

/// <summary>How one relation is drawn in DOT (GraphML leaves edge styling to Gephi).</summary>
public readonly record struct RelationStyle(string Color, string DotStyle);

public static class EntityStyles
{
    // Colour-blind-safe Okabe-Ito palette, one hue per type.
    public static EntityStyle For(EntityType type) => type switch
    {
        EntityType.Paper => new EntityStyle(0x00, 0x72, 0xB2, "note"),
        EntityType.Technique => new EntityStyle(0xE6, 0x9F, 0x00, "ellipse"),
        EntityType.Organization => new EntityStyle(0x00, 0x9E, 0x73, "box"),
        EntityType.Product => new EntityStyle(0xCC, 0x79, 0xA7, "hexagon"),
        EntityType.Domain => new EntityStyle(0x56, 0xB4, 0xE9, "octagon"),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static RelationStyle For(Relation relation) => relation switch
    {
        Relation.UsesTechnique => new RelationStyle("#b07d00", "solid"),
        Relation.AppliedTo => new RelationStyle("#3a8fc0", "dashed"),
        Relation.DevelopedBy => new RelationStyle("#007a59", "solid"),
        Relation.CompetesWith => new RelationStyle("#d55e00", "dotted"),
        _ => throw new ArgumentOutOfRangeException(nameof(relation)),
    };

    /// <summary>Gephi node size: grows with the square root of mentions so hubs do not swamp the map.</summary>
    public static double NodeSize(int mentions) => 10.0 + 4.0 * Math.Sqrt(Math.Max(0, mentions));
}
