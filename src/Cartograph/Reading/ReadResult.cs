namespace Cartograph.Reading;

/// <summary>Outcome of reading one file: exactly one of <see cref="Document"/> or <see cref="Problem"/> is set.
/// <see cref="Warnings"/> are non-fatal notes (fallback encoding, repaired mojibake, ...).</summary>
public sealed class ReadResult
{
    private ReadResult(Document? document, ReadProblem? problem, IReadOnlyList<string> warnings)
    {
        Document = document;
        Problem = problem;
        Warnings = warnings;
    }

    public Document? Document { get; }
    public ReadProblem? Problem { get; }
    public IReadOnlyList<string> Warnings { get; }

    public bool Succeeded => Document is not null;

    public static ReadResult Success(Document document, IReadOnlyList<string> warnings) => new(document, null, warnings);
    public static ReadResult Failure(ReadProblem problem, IReadOnlyList<string>? warnings = null) => new(null, problem, warnings ?? []);

    public override string ToString() => Succeeded ? $"{Document!.Id} ({Document.Lines.Count} lines)" : Problem!.ToString();
}
