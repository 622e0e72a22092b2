using Cartograph.Analytics;
using Cartograph.Graph;

namespace Cartograph.Writing;

/// <summary>
/// Positions for the explorer, computed once at build time so the page opens laid out. Each community is laid out
/// on its own (a force layout up to <see cref="ForceLayoutMaxNodes"/> members, else a sunflower with the highest
/// PageRank in the middle), then the communities are packed along a spiral, largest in the centre, and the nodes
/// without a community of two or more in a grid below. Everything is arithmetic in a fixed order, so the same
/// graph gets the same positions.
/// </summary>
internal static class ExplorerLayout
{
    private const int ForceLayoutMaxNodes = 200;
    private const int ForceIterations = 120;
    private const double Spacing = 80; // the force layout's ideal edge length: room for a label between two nodes
    private const double GoldenAngle = 2.399963229728653;

    /// <summary>Positions of <paramref name="shown"/> (node positions in id order), indexed like it.</summary>
    public static (double X, double Y)[] Place(OrderedGraph graph, GraphAnalytics analytics, int[] shown, int[] edges)
    {
        var result = new (double X, double Y)[shown.Length];
        var slot = new Dictionary<int, int>(shown.Length);
        for (int i = 0; i < shown.Length; i++) slot[shown[i]] = i;

        var groups = shown.Select((v, i) => (Community: analytics.Community[v], Slot: i))
            .GroupBy(m => m.Community)
            .Select(g => g.Select(m => m.Slot).ToArray())
            .OrderByDescending(g => g.Length).ThenBy(g => g[0])
            .ToList();
        var edgesBySlot = new List<(int A, int B)>();
        foreach (int e in edges) edgesBySlot.Add((slot[graph.Source(e)], slot[graph.Target(e)]));
        var community = new int[shown.Length];
        foreach (var g in groups) foreach (int s in g) community[s] = g[0];

        var placed = new List<(double X, double Y, double R)>();
        double t = 0;
        var singles = new List<int>();
        foreach (var members in groups)
        {
            if (members.Length == 1)
            {
                singles.Add(members[0]);
                continue;
            }
            var local = LayOutCommunity(members, edgesBySlot.Where(e => community[e.A] == members[0] && community[e.B] == members[0]).ToList(), shown, analytics);
            double radius = local.Max(p => Math.Sqrt(p.X * p.X + p.Y * p.Y)) + Spacing;
            // walk out along the spiral until this community's disc overlaps none placed before
            (double X, double Y) centre;
            while (true)
            {
                double r = Spacing * 1.5 * Math.Sqrt(t);
                centre = (r * Math.Cos(t * GoldenAngle), r * Math.Sin(t * GoldenAngle));
                if (placed.All(p => Math.Sqrt((p.X - centre.X) * (p.X - centre.X) + (p.Y - centre.Y) * (p.Y - centre.Y)) >= p.R + radius)) break;
                t += 1;
            }
            placed.Add((centre.X, centre.Y, radius));
            for (int k = 0; k < members.Length; k++) result[members[k]] = (centre.X + local[k].X, centre.Y + local[k].Y);
        }

        // nodes alone in their community: rows under everything else, highest PageRank first
        double bottom = placed.Count == 0 ? 0 : placed.Max(p => p.Y + p.R) + Spacing;
        double left = placed.Count == 0 ? 0 : placed.Min(p => p.X - p.R);
        double width = placed.Count == 0 ? Spacing * 20 : Math.Max(Spacing * 10, placed.Max(p => p.X + p.R) - left);
        int perRow = Math.Max(1, (int)(width / (Spacing * 1.5)));
        var ordered = singles.OrderByDescending(s => analytics.PageRank[shown[s]]).ThenBy(s => s).ToList();
        for (int k = 0; k < ordered.Count; k++)
            result[ordered[k]] = (left + (k % perRow) * Spacing * 1.5, bottom + (k / perRow) * Spacing);
        return [.. result.Select(p => (Math.Round(p.X, 1), Math.Round(p.Y, 1)))];
    }

    /// <summary>
    /// One community's layout around (0, 0), members indexed like <paramref name="members"/> (slots in
    /// <paramref name="shown"/>), with <paramref name="edges"/> as slot pairs; about <see cref="Spacing"/> between
    /// neighbours. The DOT map (<see cref="MapLayout"/>) starts from it too.
    /// </summary>
    internal static (double X, double Y)[] LayOutCommunity(int[] members, List<(int A, int B)> edges, int[] shown, GraphAnalytics analytics)
    {
        int n = members.Length;
        // sunflower by PageRank: the most central member in the middle
        var byRank = Enumerable.Range(0, n).OrderByDescending(k => analytics.PageRank[shown[members[k]]]).ThenBy(k => k).ToArray();
        var x = new double[n];
        var y = new double[n];
        for (int r = 0; r < n; r++)
        {
            double radius = Spacing * 0.8 * Math.Sqrt(r + 0.5);
            x[byRank[r]] = radius * Math.Cos(r * GoldenAngle);
            y[byRank[r]] = radius * Math.Sin(r * GoldenAngle);
        }
        if (n <= ForceLayoutMaxNodes) Relax(x, y, members, edges);
        var result = new (double X, double Y)[n];
        double cx = x.Average(), cy = y.Average();
        for (int k = 0; k < n; k++) result[k] = (x[k] - cx, y[k] - cy);
        return result;
    }

    /// <summary>Fruchterman-Reingold: members repel, edges attract, a little gravity holds the community together.</summary>
    private static void Relax(double[] x, double[] y, int[] members, List<(int A, int B)> edges)
    {
        int n = x.Length;
        var local = new Dictionary<int, int>(n);
        for (int k = 0; k < n; k++) local[members[k]] = k;
        var pairs = edges.Select(e => (local[e.A], local[e.B])).ToArray();
        var dx = new double[n];
        var dy = new double[n];
        double k2 = Spacing * Spacing;
        double temperature = Spacing * Math.Sqrt(n) / 2;
        for (int it = 0; it < ForceIterations; it++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            for (int i = 0; i < n; i++)
            {
                for (int j = i + 1; j < n; j++)
                {
                    double ex = x[i] - x[j], ey = y[i] - y[j];
                    double d2 = ex * ex + ey * ey + 0.01;
                    double f = k2 / d2;
                    dx[i] += ex * f; dy[i] += ey * f;
                    dx[j] -= ex * f; dy[j] -= ey * f;
                }
            }
            foreach (var (a, b) in pairs)
            {
                if (a == b) continue;
                double ex = x[a] - x[b], ey = y[a] - y[b];
                double f = Math.Sqrt(ex * ex + ey * ey) / Spacing;
                dx[a] -= ex * f; dy[a] -= ey * f;
                dx[b] += ex * f; dy[b] += ey * f;
            }
            for (int i = 0; i < n; i++)
            {
                dx[i] -= 0.05 * x[i] * Math.Sqrt(n);
                dy[i] -= 0.05 * y[i] * Math.Sqrt(n);
                double d = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (d > 0)
                {
                    double step = Math.Min(d, temperature);
                    x[i] += dx[i] / d * step;
                    y[i] += dy[i] / d * step;
                }
            }
            temperature = Math.Max(temperature * 0.95, 0.5);
        }
    }
}
