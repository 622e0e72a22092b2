using System.Text;
using Cartograph.Graph;

namespace Cartograph.Writing;

/// <summary>The UTF-8 bytes of the entity type and relation names, so writers copy them instead of encoding per element.</summary>
internal static class EnumNames
{
    private static readonly byte[][] s_types = Table(EntityTypeNames.All, t => (int)t, t => t.Name());
    private static readonly byte[][] s_relations = Table(RelationNames.All, r => (int)r, r => r.Name());

    public static ReadOnlySpan<byte> Of(EntityType type) => s_types[(int)type];

    public static ReadOnlySpan<byte> Of(Relation relation) => s_relations[(int)relation];

    private static byte[][] Table<T>(IReadOnlyList<T> all, Func<T, int> index, Func<T, string> name)
    {
        var table = new byte[all.Max(index) + 1][];
        foreach (var item in all) table[index(item)] = Encoding.UTF8.GetBytes(name(item));
        return table;
    }
}
