using System.Diagnostics;
using Cartograph.Extraction;
using Cartograph.Lexicons;
using Cartograph.Partials;
using Cartograph.Reading;
using Cartograph.Resolution;

namespace Cartograph.Pipeline;

/// <summary>
/// The whole pipeline, built once and run many times: read -> extract (in parallel over documents)
/// -> resolve -> graph. Documents are streamed: each is read, extracted, folded into the
/// <see cref="GraphAccumulator"/> and dropped, so memory follows the size of the graph, not of the
/// corpus. Documents are folded in ascending id order whatever the thread count, so the graph is
/// byte-for-byte the same on one thread or many, and of two files with the same content the one
/// with the smaller id is kept.
/// </summary>
public sealed class CartographPipeline
{
    /// <summary>Extracted documents waiting to be folded, at most: bounds memory on any corpus.</summary>
    private const int Window = 64;

    private readonly DocumentReader _reader;
    private readonly DocumentExtractor _extractor;
    private readonly int _parallelism;

    public CartographPipeline(Lexicon lexicon, DocumentReaderOptions? readerOptions = null, int parallelism = 0)
    {
        _reader = new DocumentReader(readerOptions);
        _extractor = new DocumentExtractor(lexicon);
        _parallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount;
    }

    /// <summary>A pipeline with a given extractor (the training tool's, with a model being evaluated).</summary>
    internal CartographPipeline(DocumentExtractor extractor, int parallelism = 0)
    {
        _reader = new DocumentReader(null);
        _extractor = extractor;
        _parallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount;
    }

    public static CartographPipeline CreateDefault(int parallelism = 0) => new(Lexicon.Default, parallelism: parallelism);

    public DocumentExtractor Extractor => _extractor;

    /// <summary>Builds the graph of the inputs; each document kept is also written to <paramref name="partial"/> if given.</summary>
    public BuildReport Build(IEnumerable<string> inputs, IProgress<BuildProgress>? progress = null,
        CancellationToken cancel = default, PartialWriter? partial = null) =>
        Build(CorpusScanner.Scan(inputs), progress, cancel, partial);

    /// <summary>Builds the graph of the files of a scan (listed while something else was being done, say).</summary>
    public BuildReport Build(CorpusScan scan, IProgress<BuildProgress>? progress = null,
        CancellationToken cancel = default, PartialWriter? partial = null)
    {
        var clock = Stopwatch.StartNew();
        var accumulator = new GraphAccumulator();
        long folding = 0;
        var run = Extract(scan, (doc, record, _) =>
        {
            long start = Stopwatch.GetTimestamp();
            bool added = accumulator.TryAdd(doc);
            if (added && record is { } line) partial?.WriteRecord(doc.DocumentId, line.Span);
            folding += Stopwatch.GetTimestamp() - start;
            return added;
        }, serialize: partial is not null, progress, cancel);
        var extracted = clock.Elapsed;
        long heapAfterFold = GC.GetTotalMemory(forceFullCollection: false);
        long peakAfterFold = Process.GetCurrentProcess().PeakWorkingSet64;
        LargeHeap.Compact();
        var graph = accumulator.TakeGraph();
        LargeHeap.Compact(); // the accumulator's statistics, released by TakeGraph
        _ = graph.Ordered(); // sorted now, so the sort's scratch arrays are collected below, before the writers' buffers
        LargeHeap.Compact();
        return new BuildReport(graph, run.Read, run.Found, run.Bytes, run.Problems, clock.Elapsed, run.Duplicates)
        {
            Timings = new StageTimings(extracted, Stopwatch.GetElapsedTime(0, folding), clock.Elapsed - extracted)
            {
                HeapAfterFold = heapAfterFold,
                PeakAfterFold = peakAfterFold,
                HeapAfterGraph = GC.GetTotalMemory(forceFullCollection: false),
                PeakBeforeWriting = Process.GetCurrentProcess().PeakWorkingSet64,
            },
        };
    }

    /// <summary>
    /// Adds documents to what partial graphs already hold (an incremental build, or a merge of
    /// shards). A new input replaces a document of the partials with the same id (an edited
    /// episode); the same content already present changes nothing. The new documents are first written to a partial
    /// of their own in <paramref name="scratchFolder"/> (the output's staging folder, so a missing or full TMPDIR
    /// never matters; the system's temp folder when null).
    /// </summary>
    /// <exception cref="InvalidDataException">A partial is unreadable, malformed, truncated or changed; the message names it.</exception>
    public BuildReport Update(IReadOnlyList<string> partials, IEnumerable<string> inputs, PartialWriter? merged,
        IProgress<BuildProgress>? progress = null, CancellationToken cancel = default, string? scratchFolder = null)
    {
        var clock = Stopwatch.StartNew();
        var accumulator = new GraphAccumulator();
        // new documents first go to a partial of their own, so that everything can then be folded in
        // one id order: the same order, and so the same choice among duplicates, as a full build
        string? fresh = null;
        var run = ExtractRun.Empty;
        try
        {
            var sources = new List<string>(partials);
            var freshIds = new Dictionary<string, (string Hash, string Path)>(StringComparer.Ordinal);
            if (inputs.Any())
            {
                fresh = Path.Combine(scratchFolder ?? Path.GetTempPath(), $".new-documents.{Environment.ProcessId}-{Guid.NewGuid():N}.partial.jsonl");
                try
                {
                    using var stream = new FileStream(fresh, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
                    using var writer = new PartialWriter(new Writing.GuardedOutput(stream, fresh, cancel));
                    run = ExtractToPartial(inputs, writer, (doc, path) => freshIds[doc.DocumentId] = (doc.ContentHash, path), progress, cancel);
                    writer.Finish();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw Writing.OutputFailedException.Writing(fresh, ex);
                }
                sources.Add(fresh);
            }
            int freshSource = sources.Count - 1;
            var problems = new List<ReadProblem>(run.Problems);
            (string Id, string Hash, int Source)? last = null;
            int duplicates = run.Duplicates, replaced = 0;
            PartialMerge.Fold(sources, (doc, source) =>
            {
                cancel.ThrowIfCancellationRequested();
                bool isFresh = fresh is not null && source == freshSource;
                // an edited file replaces the document of the same id, and says so (the new file may be another
                // document that happens to have the same id); unchanged, it is a duplicate below
                if (!isFresh && freshIds.TryGetValue(doc.DocumentId, out var newer) && newer.Hash != doc.ContentHash)
                {
                    replaced++;
                    problems.Add(new ReadProblem(newer.Path, $"replaces the document '{doc.DocumentId}' of the graph, whose content was different "
                        + "(an edited file; if it is another document, give it another file or folder name)", ProblemSeverity.Warning)
                    { Kind = "replaced a document of the graph by a new version" });
                    return;
                }
                if (last is { } l && l.Id == doc.DocumentId && l.Hash != doc.ContentHash)
                    problems.Add(new ReadProblem(sources[source], $"document id '{doc.DocumentId}' also names different content in {sources[l.Source]}; "
                        + "ids come from file names, so give the files of different shards different names", ProblemSeverity.Warning));
                last = (doc.DocumentId, doc.ContentHash, source);
                if (accumulator.TryAdd(doc)) merged?.Write(doc);
                else if (isFresh) duplicates++;
            });
            return new BuildReport(accumulator.TakeGraph(), run.Read, run.Found, run.Bytes, problems, clock.Elapsed, duplicates)
            {
                DocumentsInGraph = accumulator.DocumentCount,
                ReplacedDocuments = replaced,
            };
        }
        finally
        {
            if (fresh is not null) Writing.AtomicFile.TryDelete(fresh);
        }
    }

    /// <summary>Extracts every input and writes the documents to a partial graph (the <c>extract</c> shard command).</summary>
    public BuildReport ExtractTo(IEnumerable<string> inputs, PartialWriter partial,
        IProgress<BuildProgress>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var run = ExtractToPartial(inputs, partial, null, progress, cancel);
        return new BuildReport(new Graph.KnowledgeGraph(), run.Read, run.Found, run.Bytes, run.Problems, clock.Elapsed, run.Duplicates);
    }

    /// <summary>Extracts the inputs into a partial graph, the first of each content only; <paramref name="kept"/> hears of each one written.</summary>
    private ExtractRun ExtractToPartial(IEnumerable<string> inputs, PartialWriter partial, Action<DocumentExtraction, string>? kept,
        IProgress<BuildProgress>? progress, CancellationToken cancel)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Extract(CorpusScanner.Scan(inputs), (doc, record, path) =>
        {
            if (!seen.Add(doc.ContentHash)) return false;
            kept?.Invoke(doc, path);
            partial.WriteRecord(doc.DocumentId, record!.Value.Span);
            return true;
        }, serialize: true, progress, cancel);
    }

    /// <summary>
    /// Reads and extracts every corpus file of the scan, in parallel, and hands each extraction
    /// to <paramref name="keep"/> (with the file's path) in ascending document id order; keep says false for a duplicate. With
    /// <paramref name="serialize"/>, each document's partial-graph line is made on the worker thread too.
    /// </summary>
    private ExtractRun Extract(CorpusScan scan, Func<DocumentExtraction, PartialRecord?, string, bool> keep, bool serialize,
        IProgress<BuildProgress>? progress, CancellationToken cancel)
    {
        var files = scan.Entries.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var problems = new List<ReadProblem>(scan.Problems);
        var fileProblems = new SortedDictionary<int, List<ReadProblem>>();
        long bytes = 0;
        int read = 0, duplicates = 0;
        OrderedParallel.Run(files.Length, _parallelism, Window, i => ExtractOne(files[i], serialize), (i, outcome) =>
        {
            if (outcome.Problems.Count > 0) problems.AddRange(outcome.Problems);
            if (outcome.Extraction is { } doc)
            {
                read++;
                bytes += outcome.Bytes;
                if (!keep(doc, outcome.Record, files[i].Path)) duplicates++;
                outcome.Record?.Return(); // written (or a duplicate's): the array goes back to the pool
            }
            progress?.Report(new BuildProgress(i + 1, files.Length, bytes));
        }, cancel);
        return new ExtractRun(read, files.Length, bytes, problems, duplicates);
    }

    private FileOutcome ExtractOne(CorpusFile file, bool serialize)
    {
        try
        {
            var result = _reader.Read(file.Path, file.Id);
            var problems = new List<ReadProblem>(result.Warnings.Count + 1);
            foreach (var w in result.Warnings) problems.Add(new ReadProblem(file.Path, w, ProblemSeverity.Warning));
            if (result.Document is { } doc)
            {
                var extraction = _extractor.Extract(doc);
                return new FileOutcome(extraction, doc.Text.Length, problems, serialize ? PartialWriter.SerializePooled(extraction) : null);
            }
            if (result.Problem is { } p) problems.Add(p);
            return new FileOutcome(null, 0, problems);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // one unreadable file never loses the others' results
            return new FileOutcome(null, 0, [new ReadProblem(file.Path, ex.Message)]);
        }
    }

    private sealed record FileOutcome(DocumentExtraction? Extraction, long Bytes, List<ReadProblem> Problems, PartialRecord? Record = null);

    private sealed record ExtractRun(int Read, int Found, long Bytes, List<ReadProblem> Problems, int Duplicates)
    {
        public static readonly ExtractRun Empty = new(0, 0, 0, [], 0);
    }
}
