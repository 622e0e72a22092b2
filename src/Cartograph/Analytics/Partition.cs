namespace Cartograph.Analytics;

/// <summary>Renumbering of a partition of node positions into groups 0..count-1, largest first.</summary>
internal static class Partition
{
    /// <summary>
    /// Gives each group of <paramref name="labels"/> (any non-negative numbers) a number by size, largest first;
    /// ties go to the group whose first node comes first. The result depends only on which nodes are together.
    /// </summary>
    public static int[] BySize(int[] labels, out int count)
    {
        var first = new Dictionary<int, (int Size, int First)>();
        for (int v = 0; v < labels.Length; v++)
            first[labels[v]] = first.TryGetValue(labels[v], out var g) ? (g.Size + 1, g.First) : (1, v);
        var order = first.OrderByDescending(g => g.Value.Size).ThenBy(g => g.Value.First).Select(g => g.Key).ToArray();
        var number = new Dictionary<int, int>(order.Length);
        for (int i = 0; i < order.Length; i++) number[order[i]] = i;
        var result = new int[labels.Length];
        for (int v = 0; v < labels.Length; v++) result[v] = number[labels[v]];
        count = order.Length;
        return result;
    }
}
