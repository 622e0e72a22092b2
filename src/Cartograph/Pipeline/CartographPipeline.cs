using System.Diagnostics;
using Cartograph.Extraction;
using Cartograph.Lexicons;
using Cartograph.Reading;
using Cartograph.Resolution;

namespace Cartograph.Pipeline;

/// <summary>
/// The whole pipeline, built once and run many times: read -> extract (in parallel over documents)
/// -> resolve -> graph. Documents are streamed: each is read, extracted and dropped, so only the
/// compact extractions stay in memory. Results are collected by document index, so the graph is
/// byte-for-byte the same whatever the thread count.
/// </summary>
public sealed class CartographPipeline
{
    private readonly DocumentReader _reader;
    private readonly DocumentExtractor _extractor;
    private readonly int _parallelism;

    public CartographPipeline(Lexicon lexicon, DocumentReaderOptions? readerOptions = null, int parallelism = 0)
    {
        _reader = new DocumentReader(readerOptions);
        _extractor = new DocumentExtractor(lexicon);
        _parallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount;
    }

    public static CartographPipeline CreateDefault(int parallelism = 0) => new(Lexicon.Default, parallelism: parallelism);

    public DocumentExtractor Extractor => _extractor;

    public BuildReport Build(IEnumerable<string> inputs, IProgress<BuildProgress>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var scan = CorpusScanner.Scan(inputs);
        var problems = new List<ReadProblem>(scan.Problems);
        var (extractions, bytes, readProblems) = ExtractAll(scan.Entries, progress, cancel);
        problems.AddRange(readProblems);
        var graph = new EntityResolver().Resolve(extractions);
        return new BuildReport(graph, extractions.Count, scan.Entries.Count, bytes, problems, clock.Elapsed);
    }

    /// <summary>Reads and extracts every file, in parallel; the result is in file order, failures left out.</summary>
    public (List<DocumentExtraction> Extractions, long Bytes, List<ReadProblem> Problems) ExtractAll(
        IReadOnlyList<CorpusFile> files, IProgress<BuildProgress>? progress = null, CancellationToken cancel = default)
    {
        var slots = new DocumentExtraction?[files.Count];
        var problems = new ReadProblem?[files.Count];
        var warnings = new List<ReadProblem>[files.Count];
        long bytes = 0;
        int done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = _parallelism, CancellationToken = cancel };
        Parallel.For(0, files.Count, options, i =>
        {
            var file = files[i];
            try
            {
                var result = _reader.Read(file.Path, file.Id);
                if (result.Warnings.Count > 0)
                    warnings[i] = [.. result.Warnings.Select(w => new ReadProblem(file.Path, w, ProblemSeverity.Warning))];
                if (result.Document is { } doc)
                {
                    Interlocked.Add(ref bytes, doc.Text.Length);
                    slots[i] = _extractor.Extract(doc);
                }
                else
                {
                    problems[i] = result.Problem;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                // one unreadable file never loses the others' results
                problems[i] = new ReadProblem(file.Path, ex.Message);
            }
            int n = Interlocked.Increment(ref done);
            progress?.Report(new BuildProgress(n, files.Count, Interlocked.Read(ref bytes)));
        });
        var extractions = new List<DocumentExtraction>(files.Count);
        var all = new List<ReadProblem>();
        for (int i = 0; i < files.Count; i++)
        {
            if (slots[i] is { } x) extractions.Add(x);
            if (warnings[i] is { } w) all.AddRange(w);
            if (problems[i] is { } p) all.Add(p);
        }
        return (extractions, bytes, all);
    }
}
