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

    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);
}
