using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Cartograph.Extraction;
using Cartograph.Graph;
using Cartograph.Lexicons;
using Cartograph.Reading;
using Cartograph.Resolution;
using Cartograph.Writing;

namespace Cartograph.Benchmarks;

/// <summary>
/// Per-stage cost on one ~1 MB generated corpus held in memory (single thread). Every benchmark processes
/// the whole corpus once per invocation, so MB/s = corpus MB / mean time (the "MB/s" column).
/// </summary>
[Config(typeof(StageConfig))]
[MemoryDiagnoser]
public class StageBenchmarks
{
    public const int Seed = 42;
    public const long CorpusTarget = 1L << 20;

    private static readonly Lazy<List<(string Id, byte[] Bytes)>> s_corpus =
        new(() => new CorpusGenerator(Lexicon.Default, Seed).InMemory(CorpusTarget));

    public static List<(string Id, byte[] Bytes)> Corpus => s_corpus.Value;
    public static long CorpusBytes => Corpus.Sum(d => (long)d.Bytes.Length);

    private DocumentReader _reader = null!;
    private DocumentExtractor _extractor = null!;
    private List<Document> _documents = null!;
    private List<DocumentExtraction> _extractions = null!;
    private KnowledgeGraph _graph = null!;
    private GraphMetadata _meta = null!;

    [GlobalSetup]
    public void Setup()
    {
        _reader = new DocumentReader();
        _extractor = new DocumentExtractor(Lexicon.Default);
        _documents = [.. Corpus.Select(d => _reader.Read(d.Bytes, d.Id + ".txt", d.Id).Document!)];
        _extractions = [.. _documents.Select(_extractor.Extract)];
        _graph = new EntityResolver().Resolve(_extractions);
        _meta = GraphMetadata.ForCartograph(_documents.Count);
    }

    [Benchmark(Description = "read+decode")]
    public int Read()
    {
        int lines = 0;
        foreach (var (id, bytes) in Corpus) lines += _reader.Read(bytes, id + ".txt", id).Document!.Lines.Count;
        return lines;
    }

    [Benchmark(Description = "extract")]
    public int Extract()
    {
        int relations = 0;
        foreach (var d in _documents) relations += _extractor.Extract(d).Relations.Count;
        return relations;
    }

    [Benchmark(Description = "resolve")]
    public int Resolve() => new EntityResolver().Resolve(_extractions).VertexCount;

    [Benchmark(Description = "write graphml")]
    public void WriteGraphMl() => GraphMlWriter.Write(_graph, _meta, Stream.Null);

    [Benchmark(Description = "write dot")]
    public void WriteDot() => DotWriter.Write(_graph, _meta, Stream.Null);

    [Benchmark(Description = "write json")]
    public void WriteJson() => JsonGraphWriter.Write(_graph, _meta, Stream.Null);
}

/// <summary>ShortRun (1 launch, 3 warm-ups, 3 iterations), in process: a few minutes for the whole set.</summary>
public sealed class StageConfig : ManualConfig
{
    public StageConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
        AddColumn(new ThroughputColumn());
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}

/// <summary>Corpus megabytes (MiB) processed per second of mean time.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => "MBps";
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Corpus MiB processed per second (corpus bytes / mean)";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        if (stats is null || stats.Mean <= 0) return "-";
        double seconds = stats.Mean / 1e9;
        return (StageBenchmarks.CorpusBytes / (1024.0 * 1024.0) / seconds).ToString("N1", System.Globalization.CultureInfo.InvariantCulture);
    }
}
