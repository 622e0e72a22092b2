using System.Text;
using Cartograph.Graph;

namespace Cartograph.Writing;

/// <summary>
/// UTF-8 text that depends only on an entity type or a relation (the writers' fixed runs of markup around
/// the names), built once per value, so each element copies one block instead of several.
/// </summary>
internal static class EnumTables
{
    /// <summary>A table indexed by <c>(int)type</c>.</summary>
    public static byte[][] ForTypes(Func<EntityType, string> text) => Table(EntityTypeNames.All, t => (int)t, text);

    /// <summary>A table indexed by <c>(int)relation</c>.</summary>
    public static byte[][] ForRelations(Func<Relation, string> text) => Table(RelationNames.All, r => (int)r, text);

    private static byte[][] Table<T>(IReadOnlyList<T> all, Func<T, int> index, Func<T, string> text)
    {
        var table = new byte[all.Max(index) + 1][];
        foreach (var item in all) table[index(item)] = Encoding.UTF8.GetBytes(text(item));
        return table;
    }
}
