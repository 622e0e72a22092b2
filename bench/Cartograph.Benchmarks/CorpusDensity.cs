using System.Globalization;
using Cartograph.Graph;
using Cartograph.Lexicons;
using Cartograph.Pipeline;

namespace Cartograph.Benchmarks;

/// <summary>
/// Is the generated corpus as dense as real text? Builds the graph of the seeds and of a generated
/// corpus and prints, per MiB of text, the papers, the entity mentions and the supporting sentences
/// of each relation, with the generated/seeds ratio. Papers and relation sentences grow linearly
/// with the text, so their rates are what a benchmark corpus must match; node counts of other types
/// saturate (the same techniques come back), so they are not compared.
/// </summary>
internal static class CorpusDensity
{
    public static int Run(string[] args)
    {
        string? seeds = null;
        string size = "2MB";
        int seed = 1;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--size" when i + 1 < args.Length: size = args[++i]; break;
                case "--seed" when i + 1 < args.Length: seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default: seeds ??= args[i]; break;
            }
        }
        if (seeds is null || !Directory.Exists(seeds)) { Console.Error.WriteLine("usage: density <seeds dir> [--size 2MB] [--seed N]"); return 2; }

        string generated = Path.Combine(Path.GetTempPath(), $"cartograph-density-{Environment.ProcessId}");
        try
        {
            new CorpusGenerator(Lexicon.Default, seed).WriteCorpus(generated, CorpusGenerator.ParseSize(size));
            var real = Measure(seeds);
            var synthetic = Measure(generated);
            Console.WriteLine($"{"per MiB of text",-28} {"seeds",10} {"generated",10} {"ratio",7}");
            foreach (var (name, value) in real)
            {
                double other = synthetic.GetValueOrDefault(name);
                Console.WriteLine($"{name,-28} {value,10:N0} {other,10:N0} {(value > 0 ? other / value : double.NaN),7:N2}");
            }
            return 0;
        }
        finally
        {
            if (Directory.Exists(generated)) Directory.Delete(generated, recursive: true);
        }
    }

    private static Dictionary<string, double> Measure(string folder)
    {
        var report = CartographPipeline.CreateDefault().Build([folder]);
        double mib = report.BytesRead / 1048576.0;
        var rates = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["papers"] = report.Graph.Vertices.Count(n => n.Type == EntityType.Paper) / mib,
            ["entity mentions"] = report.Graph.Vertices.Sum(n => n.Mentions) / mib,
            ["relation sentences"] = report.Graph.Edges.Sum(e => e.Weight) / mib,
        };
        foreach (var relation in Enum.GetValues<Relation>())
            rates[relation.Name()] = report.Graph.Edges.Where(e => e.Relation == relation).Sum(e => e.Weight) / mib;
        rates["edges"] = report.Graph.EdgeCount / mib;
        return rates;
    }
}
