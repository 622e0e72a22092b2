using Cartograph.Analytics;
using Cartograph.Graph;

namespace Cartograph.Writing;

/// <summary>
/// Where the DOT map draws everything, in points (y up, as Graphviz reads <c>pos</c> and <c>bb</c>). Each community
/// starts from the explorer's layout of it (<see cref="ExplorerLayout.LayOutCommunity"/>), then its nodes, sized
/// for their labels (<see cref="LabelMetrics"/>), are pushed apart until no two overlap, and the community becomes
/// a box around them with its name on top. The boxes are placed one by one, largest first, each where it lies
/// closest to the communities it has edges to while keeping the map compact, so that few edges run across the map.
/// Nodes alone in their community go in rows below, the legend to the right. Everything is arithmetic in a fixed
/// order on numbers that do not depend on threads or file order, so the same graph gets the same map.
/// </summary>
internal sealed class MapLayout
{
    private const double NodeGap = 16; // between two nodes' shapes: room for an edge to pass between them
    private const double ClusterPadding = 12;
    private const double ClusterLabelBand = 28; // the community's name above its nodes, at ClusterLabelFontSize
    private const double ClusterGap = 40; // between two communities: room for the edges that leave them
    private const double LegendWidth = 230;
    private const double LegendHeight = 290;
    private const double Compactness = 1.0;
    private const double RoomPerLabel = 2.5; // a community's box is at most this many times the area of its labels before they are pushed apart // how much a point of map width weighs against a point of edge length

    public const double ClusterLabelFontSize = 18;

    private MapLayout(MapNode[] nodes, MapCluster[] clusters, int[] singles, (double X, double Y) legend)
    {
        Nodes = nodes;
        Clusters = clusters;
        Singles = singles;
        Legend = legend;
    }

    /// <summary>The shown nodes, indexed like <see cref="MapSelection.Nodes"/>.</summary>
    public MapNode[] Nodes { get; }

    /// <summary>The communities of two or more shown nodes, in community number order.</summary>
    public MapCluster[] Clusters { get; }

    /// <summary>Slots of the nodes alone in their community (drawn outside any box), ascending.</summary>
    public int[] Singles { get; }

    /// <summary>The centre of the legend.</summary>
    public (double X, double Y) Legend { get; }

    /// <param name="labels">The label drawn for each shown node, indexed like <see cref="MapSelection.Nodes"/>.</param>
    /// <param name="clusterLabels">The name drawn on each community's box.</param>
    public static MapLayout Of(OrderedGraph graph, GraphAnalytics analytics, MapSelection map, string[] labels, Func<int, string> clusterLabels)
    {
        int[] shown = map.Nodes;
        var sizes = NodeSizes(graph, analytics, shown, labels);
        var slot = new Dictionary<int, int>(shown.Length);
        for (int i = 0; i < shown.Length; i++) slot[shown[i]] = i;
        var edges = map.Edges.Select(e => (A: slot[graph.Source(e)], B: slot[graph.Target(e)])).ToList();

        var groups = shown.Select((v, i) => (Community: analytics.Community[v], Slot: i))
            .GroupBy(m => m.Community)
            .Select(g => (Community: g.Key, Members: g.Select(m => m.Slot).ToArray()))
            .ToList();
        var x = new double[shown.Length];
        var y = new double[shown.Length];

        // each community laid out on its own around (0, 0): its box is placed later
        var boxes = new List<(int Community, int[] Members, Rect Local)>();
        foreach (var (community, members) in groups.Where(g => g.Members.Length > 1)
            .OrderByDescending(g => g.Members.Length).ThenBy(g => g.Members[0]))
        {
            var inside = new HashSet<int>(members);
            var local = ExplorerLayout.LayOutCommunity(members, [.. edges.Where(e => inside.Contains(e.A) && inside.Contains(e.B))], shown, analytics);
            var lx = local.Select(p => p.X).ToArray();
            var ly = local.Select(p => -p.Y).ToArray(); // the explorer's y grows downwards
            var w = members.Select(s => sizes[s].Width).ToArray();
            var h = members.Select(s => sizes[s].Height).ToArray();
            Compact(lx, ly, w, h);
            Separate(lx, ly, w, h);
            for (int k = 0; k < members.Length; k++)
            {
                x[members[k]] = lx[k];
                y[members[k]] = ly[k];
            }
            boxes.Add((community, members, BoxAround(members, x, y, sizes, LabelMetrics.Width(clusterLabels(community), ClusterLabelFontSize))));
        }

        var placed = Pack(boxes, edges, analytics, shown);
        var clusters = new List<MapCluster>();
        for (int b = 0; b < boxes.Count; b++)
        {
            var (community, members, local) = boxes[b];
            var at = placed[b];
            double dx = at.Left - local.Left, dy = at.Bottom - local.Bottom;
            foreach (int s in members)
            {
                x[s] += dx;
                y[s] += dy;
            }
            clusters.Add(new MapCluster(community, members, at));
        }

        var singles = groups.Where(g => g.Members.Length == 1).Select(g => g.Members[0]).ToArray();
        var all = placed.Count == 0 ? new Rect(0, 0, 0, 0) : placed.Aggregate((a, b) => a.Union(b));
        PlaceInRows(singles, analytics, shown, sizes, x, y, all);
        foreach (int s in singles) all = all.Union(NodeRect(s, x, y, sizes));
        var legend = (all.Right + ClusterGap + LegendWidth / 2, all.Top - LegendHeight / 2);

        // the lower left corner at (0, 0): Graphviz would move it there anyway
        double left = Math.Min(all.Left, legend.Item1 - LegendWidth / 2), bottom = Math.Min(all.Bottom, legend.Item2 - LegendHeight / 2);
        var nodes = new MapNode[shown.Length];
        for (int i = 0; i < shown.Length; i++)
            nodes[i] = new MapNode(Round(x[i] - left), Round(y[i] - bottom), Round(sizes[i].Width), Round(sizes[i].Height), sizes[i].FontSize, sizes[i].Shape);
        return new MapLayout(
            nodes,
            [.. clusters.OrderBy(c => c.Community).Select(c => c with { Area = c.Area.Moved(-left, -bottom).Rounded() })],
            [.. singles.Order()],
            (Round(legend.Item1 - left), Round(legend.Item2 - bottom)));
    }

    private static double Round(double value) => Math.Round(value, 1);

    private readonly record struct Size(double Width, double Height, double FontSize, string Shape);

    /// <summary>Font size and shape grow with PageRank (area with its square root); the shape holds the label.</summary>
    private static Size[] NodeSizes(OrderedGraph graph, GraphAnalytics analytics, int[] shown, string[] labels)
    {
        double topRank = 0;
        foreach (int v in shown) topRank = Math.Max(topRank, analytics.PageRank[v]);
        var sizes = new Size[shown.Length];
        for (int i = 0; i < shown.Length; i++)
        {
            int v = shown[i];
            double scale = topRank > 0 ? Math.Sqrt(analytics.PageRank[v] / topRank) : 0;
            double font = Math.Round(10 + 14 * scale, 1);
            double text = LabelMetrics.Width(labels[i], font);
            // how much wider than its text each shape must be for the text to sit inside it
            string shape = EntityStyles.For(graph.Vertices[v].Type).DotShape;
            double width = shape switch
            {
                "ellipse" => text * 1.2 + font,
                "hexagon" => text * 1.36 + font,
                "octagon" => text * 1.22 + font,
                _ => text + font * 1.2,
            };
            double height = Math.Max(28, font * 1.6 + 6) * (shape == "ellipse" ? 1.15 : 1);
            sizes[i] = new Size(Math.Max(width, (0.3 + 1.2 * scale) * 72), height, font, shape);
        }
        return sizes;
    }

    /// <summary>
    /// Draws the community in towards its centre when its nodes take far less room than the force layout spread them
    /// over (members whose edges the map does not show drift apart), so the box is not mostly empty; the proportions
    /// stay, and <see cref="Separate"/> then makes room for each label.
    /// </summary>
    private static void Compact(double[] x, double[] y, double[] width, double[] height)
    {
        double needed = 0;
        for (int i = 0; i < x.Length; i++) needed += (width[i] + NodeGap) * (height[i] + NodeGap);
        double spread = (x.Max() - x.Min() + width.Average()) * (y.Max() - y.Min() + height.Average());
        double scale = Math.Sqrt(RoomPerLabel * needed / spread);
        if (scale >= 1) return;
        for (int i = 0; i < x.Length; i++)
        {
            x[i] *= scale;
            y[i] *= scale;
        }
    }

    /// <summary>
    /// Pushes overlapping nodes apart along the axis where they overlap least, pair by pair in a fixed order; when a
    /// few sweeps do not clear every overlap the whole community is spread a little and the sweeps run again.
    /// </summary>
    private static void Separate(double[] x, double[] y, double[] width, double[] height)
    {
        int n = x.Length;
        while (true)
        {
            for (int sweep = 0; sweep < 40; sweep++)
            {
                bool moved = false;
                for (int i = 0; i < n; i++)
                {
                    for (int j = i + 1; j < n; j++)
                    {
                        double dx = x[j] - x[i], dy = y[j] - y[i];
                        double ox = (width[i] + width[j]) / 2 + NodeGap - Math.Abs(dx);
                        double oy = (height[i] + height[j]) / 2 + NodeGap - Math.Abs(dy);
                        if (ox <= 0 || oy <= 0) continue;
                        moved = true;
                        // wide labels stack: moving up or down is usually the shorter way out
                        if (ox < oy)
                        {
                            double push = (ox / 2 + 0.01) * (dx < 0 ? -1 : 1);
                            x[i] -= push;
                            x[j] += push;
                        }
                        else
                        {
                            double push = (oy / 2 + 0.01) * (dy < 0 ? -1 : 1);
                            y[i] -= push;
                            y[j] += push;
                        }
                    }
                }
                if (!moved) return;
            }
            for (int i = 0; i < n; i++)
            {
                x[i] *= 1.15;
                y[i] *= 1.15;
            }
        }
    }

    private static Rect NodeRect(int s, double[] x, double[] y, Size[] sizes) =>
        new(x[s] - sizes[s].Width / 2, y[s] - sizes[s].Height / 2, x[s] + sizes[s].Width / 2, y[s] + sizes[s].Height / 2);

    /// <summary>The community's box: its nodes with a margin, its name above them, at least as wide as the name.</summary>
    private static Rect BoxAround(int[] members, double[] x, double[] y, Size[] sizes, double labelWidth)
    {
        var r = members.Select(s => NodeRect(s, x, y, sizes)).Aggregate((a, b) => a.Union(b));
        r = new Rect(r.Left - ClusterPadding, r.Bottom - ClusterPadding, r.Right + ClusterPadding, r.Top + ClusterPadding + ClusterLabelBand);
        double missing = labelWidth + 2 * ClusterPadding - r.Width;
        return missing > 0 ? new Rect(r.Left - missing / 2, r.Bottom, r.Right + missing / 2, r.Top) : r;
    }

    /// <summary>
    /// Places the community boxes one at a time (largest first) beside one already placed: of the spots that overlap
    /// nothing, the one with the least edge length to the placed communities plus the map's longer side.
    /// </summary>
    private static List<Rect> Pack(List<(int Community, int[] Members, Rect Local)> boxes, List<(int A, int B)> edges, GraphAnalytics analytics, int[] shown)
    {
        var index = new Dictionary<int, int>();
        for (int b = 0; b < boxes.Count; b++) index[boxes[b].Community] = b;
        var links = new int[boxes.Count, boxes.Count];
        foreach (var (a, b) in edges)
        {
            if (!index.TryGetValue(analytics.Community[shown[a]], out int ca) || !index.TryGetValue(analytics.Community[shown[b]], out int cb) || ca == cb) continue;
            links[ca, cb]++;
            links[cb, ca]++;
        }

        var placed = new List<Rect>(boxes.Count);
        var bounds = new Rect(0, 0, 0, 0);
        for (int b = 0; b < boxes.Count; b++)
        {
            var size = boxes[b].Local;
            if (b == 0)
            {
                placed.Add(new Rect(0, 0, size.Width, size.Height));
                bounds = placed[0];
                continue;
            }
            Rect best = default;
            double bestCost = double.PositiveInfinity;
            foreach (var spot in placed.SelectMany(p => Beside(p, size.Width, size.Height)))
            {
                if (placed.Any(p => p.Overlaps(spot, ClusterGap - 0.5))) continue;
                var grown = bounds.Union(spot);
                double cost = Compactness * Math.Max(grown.Width, grown.Height * 4 / 3);
                for (int q = 0; q < placed.Count; q++)
                    if (links[b, q] > 0) cost += links[b, q] * spot.CentreDistance(placed[q]);
                if (cost < bestCost)
                {
                    bestCost = cost;
                    best = spot;
                }
            }
            placed.Add(best);
            bounds = bounds.Union(best);
        }
        return placed;
    }

    /// <summary>The twelve spots touching <paramref name="p"/> (with the gap): each side, aligned to its start, middle or end.</summary>
    private static IEnumerable<Rect> Beside(Rect p, double w, double h)
    {
        double[] ys = [p.Bottom, (p.Bottom + p.Top - h) / 2, p.Top - h];
        double[] xs = [p.Left, (p.Left + p.Right - w) / 2, p.Right - w];
        foreach (double y in ys) yield return Rect.At(p.Right + ClusterGap, y, w, h);
        foreach (double x in xs) yield return Rect.At(x, p.Bottom - ClusterGap - h, w, h);
        foreach (double y in ys) yield return Rect.At(p.Left - ClusterGap - w, y, w, h);
        foreach (double x in xs) yield return Rect.At(x, p.Top + ClusterGap, w, h);
    }

    /// <summary>Nodes alone in their community: rows under the communities, highest PageRank first.</summary>
    private static void PlaceInRows(int[] singles, GraphAnalytics analytics, int[] shown, Size[] sizes, double[] x, double[] y, Rect above)
    {
        double rowWidth = Math.Max(above.Width, 800);
        double left = above.Left, top = above.Bottom - (above.Height > 0 ? ClusterGap : 0);
        double cursor = left, rowHeight = 0;
        foreach (int s in singles.OrderByDescending(s => analytics.PageRank[shown[s]]).ThenBy(s => s))
        {
            if (cursor > left && cursor + sizes[s].Width > left + rowWidth)
            {
                cursor = left;
                top -= rowHeight + NodeGap;
                rowHeight = 0;
            }
            x[s] = cursor + sizes[s].Width / 2;
            y[s] = top - sizes[s].Height / 2;
            cursor += sizes[s].Width + NodeGap;
            rowHeight = Math.Max(rowHeight, sizes[s].Height);
        }
    }
}

/// <summary>One node on the map: its centre and the size of its shape in points, its label's font size, its Graphviz shape.</summary>
internal readonly record struct MapNode(double X, double Y, double Width, double Height, double FontSize, string Shape);

/// <summary>One community's shaded box on the map; <paramref name="Members"/> are slots in <see cref="MapSelection.Nodes"/>.</summary>
internal sealed record MapCluster(int Community, int[] Members, Rect Area);

/// <summary>An axis-aligned rectangle in points, y up.</summary>
internal readonly record struct Rect(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;

    public double Height => Top - Bottom;

    public static Rect At(double left, double bottom, double width, double height) => new(left, bottom, left + width, bottom + height);

    public Rect Union(Rect other) =>
        new(Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom), Math.Max(Right, other.Right), Math.Max(Top, other.Top));

    /// <summary>Whether the two come closer than <paramref name="gap"/>.</summary>
    public bool Overlaps(Rect other, double gap) =>
        Left < other.Right + gap && other.Left < Right + gap && Bottom < other.Top + gap && other.Bottom < Top + gap;

    public double CentreDistance(Rect other)
    {
        double dx = (Left + Right - other.Left - other.Right) / 2, dy = (Bottom + Top - other.Bottom - other.Top) / 2;
        return Math.Sqrt(dx * dx + dy * dy);
    }

    /// <summary>Whether the point is strictly inside.</summary>
    public bool Contains((double X, double Y) p) => p.X > Left && p.X < Right && p.Y > Bottom && p.Y < Top;

    public Rect Moved(double dx, double dy) => new(Left + dx, Bottom + dy, Right + dx, Top + dy);

    public Rect Rounded() => new(Math.Round(Left, 1), Math.Round(Bottom, 1), Math.Round(Right, 1), Math.Round(Top, 1));
}
