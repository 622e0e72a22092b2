namespace Cartograph.Writing;

/// <summary>
/// Routes the map's edges so that none passes under a node it does not join, and writes each as the Graphviz
/// <c>pos</c> of an edge (a B-spline from the tail's border to the head's, with the arrow's tip after <c>e,</c>), so
/// Graphviz draws them as given. An edge that reaches its head in a straight line stays straight; one that would
/// cross a node takes the shortest way round through points just outside the corners of the nodes in its way (a
/// visibility graph whose waypoints are joined to those they see nearby, searched with A*, the path then pulled
/// taut), its bends rounded.
/// Graphviz's own router does the same job but took 6.6 s for the seeds' 134 nodes and 51 s for 300; this takes
/// milliseconds, so every map, not only small ones, has its edges routed. Pure arithmetic in a fixed order: the
/// same layout gives the same routes.
/// </summary>
internal sealed class MapEdgeRouter
{
    private const double Clearance = 4; // how close an edge may pass a node it does not join
    private const double CornerOffset = 10; // the waypoints round a node sit this far out from its corners
    private const double HopLength = 300; // waypoints are joined to those they see this close; the path found is then pulled taut
    private const double CellSize = 100; // of the grid that finds the nodes and waypoints near a point or a segment
    private const double ArrowLength = 5; // Graphviz's 10 points at the map's arrowsize=0.5
    private const double ParallelSpacing = 12; // between two edges joining the same nodes
    private const double BendRadius = 12; // how far before and after a waypoint its bend is rounded

    private readonly MapNode[] _nodes;
    private readonly Obstacle[] _obstacles;
    private readonly (double X, double Y)[] _waypoints; // round every node, but none inside another
    private readonly List<(int To, double Length)>?[] _hops;
    private readonly Grid _grid;
    private readonly int[] _seen; // the obstacles one Clear has looked at, marked with its stamp
    private int _stamp;

    public MapEdgeRouter(MapNode[] nodes)
    {
        _nodes = nodes;
        _obstacles = [.. nodes.Select(Obstacle.Around)];
        _seen = new int[nodes.Length];
        var bounds = _obstacles.Length == 0 ? new Rect(0, 0, 0, 0) : _obstacles.Select(o => o.Bounds).Aggregate((a, b) => a.Union(b));
        _grid = new Grid(bounds, CellSize);
        for (int k = 0; k < _obstacles.Length; k++) _grid.AddObstacle(k, _obstacles[k].Bounds);
        var waypoints = new List<(double X, double Y)>();
        foreach (var o in _obstacles)
        {
            foreach (var w in o.Waypoints)
            {
                var (x, y) = _grid.Cell(w.X, w.Y);
                if (!_grid.ObstaclesAt(x, y).Any(k => _obstacles[k].Contains(w))) waypoints.Add(w);
            }
        }
        _waypoints = [.. waypoints];
        _hops = new List<(int To, double Length)>?[_waypoints.Length];
        for (int w = 0; w < _waypoints.Length; w++) _grid.AddWaypoint(w, _waypoints[w]);
    }

    /// <summary>
    /// The control points of the edge from slot <paramref name="tail"/> to slot <paramref name="head"/>; the arrow's
    /// tip is <paramref name="arrowTip"/> (null without an arrowhead). <paramref name="parallel"/> is this edge's place
    /// among the <paramref name="parallelCount"/> edges between the same two nodes, which are spread apart.
    /// </summary>
    public (List<(double X, double Y)> Spline, (double X, double Y)? ArrowTip) Route(int tail, int head, bool arrow, int parallel, int parallelCount)
    {
        if (tail == head) return (Loop(_nodes[tail]), null);
        var a = _nodes[tail];
        var b = _nodes[head];
        var path = ShortestPath(tail, head);
        if (parallelCount > 1) path = Spread(path, tail < head ? a : b, tail < head ? b : a, (parallel - (parallelCount - 1) / 2.0) * ParallelSpacing);

        // leave the tail at its border, reach the head at its border
        int first = 0;
        while (first + 2 < path.Count && Inside(a, path[first + 1])) first++;
        int last = path.Count - 1;
        while (last - 2 >= first && Inside(b, path[last - 1])) last--;
        var points = path.GetRange(first, last - first + 1);
        points[0] = Border(a, points[0], points[1]);
        points[^1] = Border(b, points[^1], points[^2]);
        (double X, double Y)? tip = null;
        if (arrow)
        {
            tip = points[^1];
            var from = points[^2];
            double dx = tip.Value.X - from.X, dy = tip.Value.Y - from.Y, length = Math.Sqrt(dx * dx + dy * dy);
            double back = Math.Min(ArrowLength, length * 0.5);
            points[^1] = length > 0 ? (tip.Value.X - dx / length * back, tip.Value.Y - dy / length * back) : from;
        }
        return (Smooth(points), tip);
    }

    /// <summary>Centre to centre: straight when nothing is in the way, else the shortest way round the nodes between.</summary>
    private List<(double X, double Y)> ShortestPath(int tail, int head)
    {
        var a = _nodes[tail];
        var b = _nodes[head];
        (double X, double Y) start = (a.X, a.Y), goal = (b.X, b.Y);
        if (Clear(start, goal, tail, head)) return [start, goal];

        // A* over the waypoints, from the tail's centre to the head's (the two ends join the waypoints they see)
        int n = _waypoints.Length, startVertex = n, goalVertex = n + 1;
        var fromStart = Visible(start, Reach(a), tail, head);
        var toGoal = Visible(goal, Reach(b), tail, head).ToDictionary(h => h.To, h => h.Length);
        var best = new Dictionary<int, double> { [startVertex] = 0 };
        var previous = new Dictionary<int, int>();
        var closed = new HashSet<int>();
        var open = new PriorityQueue<int, (double, int)>();
        open.Enqueue(startVertex, (Distance(start, goal), startVertex));
        while (open.TryDequeue(out int u, out _))
        {
            if (u == goalVertex) return Straightened(PathTo(goalVertex, previous, start, goal), tail, head);
            if (!closed.Add(u)) continue;
            var hops = u == startVertex ? fromStart : HopsFrom(u);
            foreach (var (v, length) in hops) Relax(u, v, length);
            if (u != startVertex && toGoal.TryGetValue(u, out double last)) Relax(u, goalVertex, last);
        }
        return [start, goal]; // boxed in: a straight edge rather than none

        void Relax(int u, int v, double length)
        {
            double g = best[u] + length;
            if (closed.Contains(v) || (best.TryGetValue(v, out double known) && known <= g)) return;
            best[v] = g;
            previous[v] = u;
            open.Enqueue(v, (g + Distance(v == goalVertex ? goal : _waypoints[v], goal), v));
        }
    }

    private List<(double X, double Y)> PathTo(int goalVertex, Dictionary<int, int> previous, (double X, double Y) start, (double X, double Y) goal)
    {
        var path = new List<(double X, double Y)> { goal };
        for (int v = previous[goalVertex]; v < _waypoints.Length; v = previous[v]) path.Add(_waypoints[v]);
        path.Add(start);
        path.Reverse();
        return path;
    }

    /// <summary>The path pulled taut: from each point, straight on to the farthest later point it sees.</summary>
    private List<(double X, double Y)> Straightened(List<(double X, double Y)> path, int tail, int head)
    {
        var taut = new List<(double X, double Y)> { path[0] };
        for (int i = 0; i < path.Count - 1;)
        {
            int j = path.Count - 1;
            while (j > i + 1 && !Clear(path[i], path[j], tail, head)) j--;
            taut.Add(path[j]);
            i = j;
        }
        return taut;
    }

    /// <summary>How far from a node's centre its edges look for waypoints: past its own corners at least.</summary>
    private static double Reach(MapNode n) => Math.Max(HopLength, Math.Sqrt(n.Width * n.Width + n.Height * n.Height) / 2 + Clearance + CornerOffset + 1);

    /// <summary>The waypoints within <paramref name="reach"/> of <paramref name="from"/> that it sees (nodes <paramref name="tail"/> and <paramref name="head"/> block nothing).</summary>
    private List<(int To, double Length)> Visible((double X, double Y) from, double reach, int tail, int head)
    {
        var seen = new List<(int To, double Length)>();
        foreach (int w in WaypointsNear(from, reach))
        {
            double length = Distance(from, _waypoints[w]);
            if (length <= reach && Clear(from, _waypoints[w], tail, head)) seen.Add((w, length));
        }
        return seen;
    }

    /// <summary>The waypoints a waypoint sees within <see cref="HopLength"/>, worked out when first needed.</summary>
    private List<(int To, double Length)> HopsFrom(int w) => _hops[w] ??= Visible(_waypoints[w], HopLength, -1, -1).Where(h => h.To != w).ToList();

    private IEnumerable<int> WaypointsNear((double X, double Y) p, double reach)
    {
        var (x0, y0) = _grid.Cell(p.X - reach, p.Y - reach);
        var (x1, y1) = _grid.Cell(p.X + reach, p.Y + reach);
        for (int y = y0; y <= y1; y++)
            for (int x = x0; x <= x1; x++)
                foreach (int w in _grid.WaypointsAt(x, y)) yield return w;
    }

    private static double Distance((double X, double Y) p, (double X, double Y) q) => Math.Sqrt((p.X - q.X) * (p.X - q.X) + (p.Y - q.Y) * (p.Y - q.Y));

    /// <summary>Whether the segment passes through no node's obstacle but those of <paramref name="tail"/> and <paramref name="head"/>.</summary>
    private bool Clear((double X, double Y) p, (double X, double Y) q, int tail, int head)
    {
        _stamp++;
        var (x0, y0) = _grid.Cell(Math.Min(p.X, q.X), Math.Min(p.Y, q.Y));
        var (x1, y1) = _grid.Cell(Math.Max(p.X, q.X), Math.Max(p.Y, q.Y));
        for (int y = y0; y <= y1; y++)
        {
            for (int x = x0; x <= x1; x++)
            {
                foreach (int k in _grid.ObstaclesAt(x, y))
                {
                    if (_seen[k] == _stamp) continue;
                    _seen[k] = _stamp;
                    if (k != tail && k != head && _obstacles[k].Crosses(p, q)) return false;
                }
            }
        }
        return true;
    }

    /// <summary>One of several edges between the same two nodes: its path bowed sideways by <paramref name="offset"/>.</summary>
    private static List<(double X, double Y)> Spread(List<(double X, double Y)> path, MapNode from, MapNode to, double offset)
    {
        double dx = to.X - from.X, dy = to.Y - from.Y, length = Math.Max(1e-9, Math.Sqrt(dx * dx + dy * dy));
        double nx = -dy / length * offset, ny = dx / length * offset;
        if (path.Count == 2) return [path[0], ((path[0].X + path[1].X) / 2 + nx * 2, (path[0].Y + path[1].Y) / 2 + ny * 2), path[1]];
        var spread = new List<(double X, double Y)>(path);
        for (int i = 1; i < spread.Count - 1; i++) spread[i] = (spread[i].X + nx, spread[i].Y + ny);
        return spread;
    }

    /// <summary>Where the segment from <paramref name="inside"/> towards <paramref name="outside"/> crosses the node's border (shapes are convex).</summary>
    private static (double X, double Y) Border(MapNode node, (double X, double Y) inside, (double X, double Y) outside)
    {
        if (!Inside(node, inside)) return inside;
        double lo = 0, hi = 1;
        for (int i = 0; i < 30; i++)
        {
            double mid = (lo + hi) / 2;
            if (Inside(node, (inside.X + (outside.X - inside.X) * mid, inside.Y + (outside.Y - inside.Y) * mid))) lo = mid;
            else hi = mid;
        }
        return (inside.X + (outside.X - inside.X) * hi, inside.Y + (outside.Y - inside.Y) * hi);
    }

    /// <summary>Whether the point is inside the node's shape as Graphviz draws it at that width and height.</summary>
    internal static bool Inside(MapNode node, (double X, double Y) p)
    {
        double u = Math.Abs(p.X - node.X) / node.Width, v = Math.Abs(p.Y - node.Y) / node.Height;
        if (u > 0.5 || v > 0.5) return false;
        return node.Shape switch
        {
            "ellipse" => u * u + v * v <= 0.25,
            "hexagon" => u <= 0.5 - v / 2, // corners at (±W/2, 0) and (±W/4, ±H/2)
            "octagon" => u + v <= 0.708, // corners at (±W/2, ±0.209H) and (±0.207W, ±H/2)
            _ => true,
        };
    }

    /// <summary>
    /// The path as cubic Bézier pieces: straight along each leg, each bend rounded within <see cref="BendRadius"/> of
    /// its waypoint. The legs are the ones found clear of every node; a rounded bend cuts inside its waypoint by at
    /// most half the radius, less than the waypoint's distance from the node it goes round.
    /// </summary>
    private static List<(double X, double Y)> Smooth(List<(double X, double Y)> p)
    {
        var spline = new List<(double X, double Y)>(3 * p.Count) { p[0] };
        var at = p[0];
        for (int i = 1; i < p.Count; i++)
        {
            var end = p[i];
            if (i < p.Count - 1)
            {
                // stop short of the bend, round it, and go on from just after it
                var next = p[i + 1];
                double before = Distance(at, end), after = Distance(end, next);
                double r = Math.Min(BendRadius, Math.Min(before, after) / 2);
                var from = Towards(end, at, r);
                var to = Towards(end, next, r);
                Line(spline, at, from);
                spline.Add((from.X + (end.X - from.X) * 2 / 3, from.Y + (end.Y - from.Y) * 2 / 3));
                spline.Add((to.X + (end.X - to.X) * 2 / 3, to.Y + (end.Y - to.Y) * 2 / 3));
                spline.Add(to);
                at = to;
            }
            else Line(spline, at, end);
        }
        return spline;
    }

    private static (double X, double Y) Towards((double X, double Y) from, (double X, double Y) to, double distance)
    {
        double length = Distance(from, to);
        return length == 0 ? from : (from.X + (to.X - from.X) * distance / length, from.Y + (to.Y - from.Y) * distance / length);
    }

    private static void Line(List<(double X, double Y)> spline, (double X, double Y) from, (double X, double Y) to)
    {
        spline.Add((from.X + (to.X - from.X) / 3, from.Y + (to.Y - from.Y) / 3));
        spline.Add((from.X + (to.X - from.X) * 2 / 3, from.Y + (to.Y - from.Y) * 2 / 3));
        spline.Add(to);
    }

    /// <summary>An edge from a node to itself: a loop over its upper right corner.</summary>
    private static List<(double X, double Y)> Loop(MapNode n)
    {
        double x = n.X + n.Width / 4, y = n.Y + n.Height / 2, r = Math.Max(18, n.Height * 0.6);
        return [(x, y), (x, y + r), (n.X + n.Width / 2 + r, n.Y), (n.X + n.Width / 2, n.Y)];
    }

    /// <summary>
    /// A node as the edges must avoid it: its shape grown by <see cref="Clearance"/>, as a convex polygon (an ellipse
    /// as the octagon around it), and the waypoints just outside its corners.
    /// </summary>
    private sealed class Obstacle
    {
        private readonly (double X, double Y)[] _corners; // counter-clockwise

        private Obstacle((double X, double Y)[] corners, (double X, double Y) centre)
        {
            _corners = corners;
            Bounds = new Rect(corners.Min(c => c.X), corners.Min(c => c.Y), corners.Max(c => c.X), corners.Max(c => c.Y));
            Waypoints = [.. corners.Select(c =>
            {
                double dx = c.X - centre.X, dy = c.Y - centre.Y, length = Math.Sqrt(dx * dx + dy * dy);
                return (c.X + dx / length * CornerOffset, c.Y + dy / length * CornerOffset);
            })];
        }

        public Rect Bounds { get; }

        public (double X, double Y)[] Waypoints { get; }

        public static Obstacle Around(MapNode n)
        {
            double a = n.Width / 2 + Clearance, b = n.Height / 2 + Clearance;
            // corners as fractions of the half width and height, counter-clockwise from the right
            (double U, double V)[] unit = n.Shape switch
            {
                "hexagon" => [(1, 0), (0.5, 1), (-0.5, 1), (-1, 0), (-0.5, -1), (0.5, -1)],
                "ellipse" or "octagon" => [(1, -0.42), (1, 0.42), (0.42, 1), (-0.42, 1), (-1, 0.42), (-1, -0.42), (-0.42, -1), (0.42, -1)],
                _ => [(1, -1), (1, 1), (-1, 1), (-1, -1)],
            };
            return new Obstacle([.. unit.Select(c => (n.X + c.U * a, n.Y + c.V * b))], (n.X, n.Y));
        }

        public bool Contains((double X, double Y) p)
        {
            if (!Bounds.Contains(p)) return false;
            for (int i = 0; i < _corners.Length; i++)
            {
                var c = _corners[i];
                var d = _corners[(i + 1) % _corners.Length];
                if ((d.X - c.X) * (p.Y - c.Y) - (d.Y - c.Y) * (p.X - c.X) <= 0) return false;
            }
            return true;
        }

        /// <summary>Whether the segment runs through the inside of the polygon (Cyrus-Beck clipping).</summary>
        public bool Crosses((double X, double Y) p, (double X, double Y) q)
        {
            if (Math.Max(p.X, q.X) <= Bounds.Left || Math.Min(p.X, q.X) >= Bounds.Right || Math.Max(p.Y, q.Y) <= Bounds.Bottom || Math.Min(p.Y, q.Y) >= Bounds.Top)
                return false;
            double t0 = 0, t1 = 1, dx = q.X - p.X, dy = q.Y - p.Y;
            for (int i = 0; i < _corners.Length; i++)
            {
                var c = _corners[i];
                var d = _corners[(i + 1) % _corners.Length];
                // the inward normal of side c-d (corners counter-clockwise) is (-(d.Y - c.Y), d.X - c.X)
                double nx = -(d.Y - c.Y), ny = d.X - c.X;
                double along = nx * dx + ny * dy;
                double offset = nx * (p.X - c.X) + ny * (p.Y - c.Y); // > 0 when p is on the inner side
                if (along == 0)
                {
                    if (offset <= 0) return false;
                    continue;
                }
                double t = -offset / along;
                if (along > 0) t0 = Math.Max(t0, t);
                else t1 = Math.Min(t1, t);
                if (t1 - t0 <= 1e-9) return false;
            }
            return true;
        }
    }

    /// <summary>Square cells listing the obstacles that overlap them and the waypoints in them (points beyond the edge fall in the edge cells).</summary>
    private sealed class Grid
    {
        private readonly double _left, _bottom, _size;
        private readonly int _columns, _rows;
        private readonly List<int>[] _obstacles;
        private readonly List<int>[] _waypoints;

        public Grid(Rect bounds, double size)
        {
            _left = bounds.Left;
            _bottom = bounds.Bottom;
            _size = size;
            _columns = Math.Max(1, (int)Math.Ceiling(bounds.Width / size));
            _rows = Math.Max(1, (int)Math.Ceiling(bounds.Height / size));
            _obstacles = new List<int>[_columns * _rows];
            _waypoints = new List<int>[_columns * _rows];
            for (int i = 0; i < _obstacles.Length; i++)
            {
                _obstacles[i] = [];
                _waypoints[i] = [];
            }
        }

        public (int X, int Y) Cell(double x, double y) =>
            (Math.Clamp((int)Math.Floor((x - _left) / _size), 0, _columns - 1), Math.Clamp((int)Math.Floor((y - _bottom) / _size), 0, _rows - 1));

        public void AddObstacle(int k, Rect bounds)
        {
            var (x0, y0) = Cell(bounds.Left, bounds.Bottom);
            var (x1, y1) = Cell(bounds.Right, bounds.Top);
            for (int y = y0; y <= y1; y++)
                for (int x = x0; x <= x1; x++) _obstacles[y * _columns + x].Add(k);
        }

        public void AddWaypoint(int w, (double X, double Y) p)
        {
            var (x, y) = Cell(p.X, p.Y);
            _waypoints[y * _columns + x].Add(w);
        }

        public List<int> ObstaclesAt(int x, int y) => _obstacles[y * _columns + x];

        public List<int> WaypointsAt(int x, int y) => _waypoints[y * _columns + x];
    }
}
