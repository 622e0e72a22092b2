using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Cartograph.Analytics;
using Cartograph.Graph;
using Cartograph.Writing;

namespace Cartograph.Benchmarks;

/// <summary>
/// <c>writers --nodes N --edges M --out DIR [--seed S] [--repeat R] [--formats graphml,json,dot] [--report FILE]</c>: builds a
/// <see cref="SyntheticGraph"/> and times each writer producing its real file in DIR through
/// <see cref="AtomicFile"/> (temp file, fsync, rename), exactly as <see cref="GraphWriters"/> does.
/// The optional JSON report is what bench/writers_vs_networkx.py reads.
/// </summary>
public static class WritersBenchmark
{
    private sealed record Format(string Name, string File, Action<KnowledgeGraph, GraphMetadata, Stream> Write);

    // In the order GraphWriters.WriteAll writes them, so each writer starts as warm (or cold) as in a build.
    private static readonly Format[] s_formats =
    [
        new("graphml", GraphWriters.GraphMlFile, GraphMlWriter.Write),
        new("dot", GraphWriters.DotFile, DotWriter.Write),
        new("json", GraphWriters.JsonFile, JsonGraphWriter.Write),
    ];

    public static int Run(string[] args)
    {
        int nodes = 1_000_000, edges = 5_000_000, seed = 1, repeat = 1;
        string? outDir = null, report = null;
        bool toNull = false, collect = true;
        var formats = s_formats.Select(f => f.Name).ToList();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--nodes" when i + 1 < args.Length: nodes = Int(args[++i]); break;
                case "--edges" when i + 1 < args.Length: edges = Int(args[++i]); break;
                case "--seed" when i + 1 < args.Length: seed = Int(args[++i]); break;
                case "--repeat" when i + 1 < args.Length: repeat = Math.Max(1, Int(args[++i])); break;
                case "--out" or "-o" when i + 1 < args.Length: outDir = args[++i]; break;
                case "--report" when i + 1 < args.Length: report = args[++i]; break;
                case "--to-null": toNull = true; break; // diagnostics: formatting cost alone, no file, no fsync
                case "--no-collect": collect = false; break; // diagnostics: no full GC between runs (for profilers)
                case "--formats" when i + 1 < args.Length: formats = [.. args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries)]; break;
                default: Console.Error.WriteLine($"unexpected argument '{args[i]}'"); return 2;
            }
        }
        if (outDir is null) { Console.Error.WriteLine("--out is required"); return 2; }
        Directory.CreateDirectory(outDir);

        var clock = Stopwatch.StartNew();
        var graph = SyntheticGraph.Build(nodes, edges, seed);
        double buildSeconds = clock.Elapsed.TotalSeconds;
        double buildGc = GC.GetTotalPauseDuration().TotalSeconds;
        // The first enumeration sorts nodes and edges into ordinal order and caches it. A build pays this once,
        // inside whichever writer runs first; here it is timed on its own so each writer is measured alike.
        clock.Restart();
        _ = graph.Edges.Any();
        double sortSeconds = clock.Elapsed.TotalSeconds;
        // Likewise the analytics (degree, PageRank, components, communities), which every writer reads.
        clock.Restart();
        var analytics = GraphAnalytics.Of(graph);
        double analyticsSeconds = clock.Elapsed.TotalSeconds;
        long heap = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"analytics: {analyticsSeconds:N2} s ({analytics.ComponentCount:N0} components, {analytics.CommunityCount:N0} communities); peak RSS so far {PeakRssBytes() / 1048576.0:N0} MiB");
        Console.WriteLine($"graph: {graph.VertexCount:N0} nodes, {graph.EdgeCount:N0} edges (seed {seed}) built in {buildSeconds:N2} s (GC pauses {buildGc:N2} s), sorted in {sortSeconds:N2} s; " +
            $"managed heap {heap / 1048576.0:N0} MiB, peak RSS so far {PeakRssBytes() / 1048576.0:N0} MiB; {Environment.ProcessorCount} cores");

        var meta = GraphMetadata.ForCartograph(documentCount: SyntheticGraph.DocumentCount, name: "synthetic");
        var results = new List<Dictionary<string, object>>();
        foreach (var format in s_formats.Where(f => formats.Contains(f.Name)))
        {
            string path = Path.Combine(Path.GetFullPath(outDir), format.File);
            double best = double.MaxValue;
            long allocated = 0;
            double gcPause = 0, bestCpu = 0;
            for (int r = 0; r < repeat; r++)
            {
                if (collect) GC.Collect();
                long before = GC.GetTotalAllocatedBytes(precise: true);
                var pausesBefore = GC.GetTotalPauseDuration();
                int[] gcsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                clock.Restart();
                if (toNull) format.Write(graph, meta, Stream.Null);
                else AtomicFile.Write(path, s => format.Write(graph, meta, s));
                double seconds = clock.Elapsed.TotalSeconds;
                double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
                allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                if (seconds < best)
                {
                    gcPause = (GC.GetTotalPauseDuration() - pausesBefore).TotalSeconds;
                    bestCpu = cpu;
                }
                best = Math.Min(best, seconds);
                if (repeat > 1) Console.WriteLine($"  {format.Name} run {r + 1}: {seconds:N2} s (cpu {cpu:N2} s), allocated {allocated / 1048576.0:N0} MiB, GC pauses {(GC.GetTotalPauseDuration() - pausesBefore).TotalSeconds:N2} s " +
                    $"(gen0/1/2: {GC.CollectionCount(0) - gcsBefore[0]}/{GC.CollectionCount(1) - gcsBefore[1]}/{GC.CollectionCount(2) - gcsBefore[2]})");
            }
            long bytes = toNull ? 0 : new FileInfo(path).Length;
            Console.WriteLine($"{format.Name,-8} {best,7:N2} s (cpu {bestCpu:N2} s)  {bytes / 1048576.0,9:N1} MiB  {bytes / 1048576.0 / best,7:N1} MiB/s  allocated {allocated / 1048576.0:N0} MiB, GC pauses {gcPause:N2} s  -> {path}");
            results.Add(new()
            {
                ["format"] = format.Name, ["path"] = path, ["seconds"] = best, ["cpu_seconds"] = bestCpu, ["bytes"] = bytes, ["allocated_bytes"] = allocated,
            });
        }
        long peak = PeakRssBytes();
        Console.WriteLine($"peak RSS {peak / 1048576.0:N0} MiB");

        if (report is not null)
        {
            var doc = new Dictionary<string, object>
            {
                ["nodes"] = graph.VertexCount, ["edges"] = graph.EdgeCount, ["seed"] = seed, ["cores"] = Environment.ProcessorCount,
                ["build_seconds"] = buildSeconds, ["sort_seconds"] = sortSeconds, ["analytics_seconds"] = analyticsSeconds, ["peak_rss_bytes"] = peak, ["writers"] = results,
            };
            File.WriteAllText(report, JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }
        return 0;
    }

    private static int Int(string s) => int.Parse(s.Replace("_", ""), NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>VmHWM on Linux (what /usr/bin/time calls maximum resident set size); the working-set peak elsewhere.</summary>
    private static long PeakRssBytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
        }
        return Process.GetCurrentProcess().PeakWorkingSet64;
    }
}
