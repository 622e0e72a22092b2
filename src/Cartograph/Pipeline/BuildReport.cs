using Cartograph.Graph;
using Cartograph.Reading;

namespace Cartograph.Pipeline;

/// <summary>The outcome of a build: the graph, how many documents went in, and every problem met on the way.</summary>
public sealed record BuildReport(
    KnowledgeGraph Graph,
    int DocumentsRead,
    int DocumentsFound,
    long BytesRead,
    IReadOnlyList<ReadProblem> Problems,
    TimeSpan Elapsed,
    int DuplicateDocuments = 0)
{
    /// <summary>Documents the graph is built from: those read now plus those already in the partials, less duplicates.</summary>
    public int DocumentsInGraph { get; init; } = DocumentsRead - DuplicateDocuments;

    /// <summary>Documents of the graph updated that a new document of the same id and other content replaced (an edited file).</summary>
    public int ReplacedDocuments { get; init; }

    /// <summary>Where the time went, for performance work (printed when CARTOGRAPH_TIMINGS=1).</summary>
    public StageTimings? Timings { get; init; }

    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);
}

/// <summary>
/// Wall time of reading and extracting (parallel, with folding overlapped on the calling thread), the
/// part of it the calling thread spent folding and writing the partial, and the time to turn the
/// folded statistics into the graph.
/// </summary>
public sealed record StageTimings(TimeSpan ReadExtractFold, TimeSpan Folding, TimeSpan ToGraph)
{
    /// <summary>Managed heap in use (live and not yet collected) when folding ended and when the graph was built.</summary>
    public long HeapAfterFold { get; init; }
    public long HeapAfterGraph { get; init; }
    /// <summary>The process's peak working set when folding ended.</summary>
    public long PeakAfterFold { get; init; }
    /// <summary>The process's peak working set when the graph was built (before writing).</summary>
    public long PeakBeforeWriting { get; init; }
}
