namespace Cartograph.Reading;

public enum ProblemSeverity
{
    /// <summary>The input was skipped or could not be read.</summary>
    Error,

    /// <summary>Something unusual that did not stop the build (e.g. an explicitly named file with an unsupported extension that was skipped).</summary>
    Warning,
}

/// <summary>A problem with one input path: always carries the path and a human-readable message; never an exception.
/// A name that is not UTF-8 is shown with its bad bytes as \xNN (<see cref="RawPaths.Display"/>).</summary>
public sealed record ReadProblem(string Path, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    /// <summary>
    /// What sort of problem it is, without the details of this file ("repaired double-encoded UTF-8"), so that
    /// many problems of one sort can be told in one line. By default the message itself.
    /// </summary>
    public string Kind { get; init; } = ReadWarnings.KindOf(Message);

    public override string ToString() => $"{RawPaths.Display(Path)}: {(Severity == ProblemSeverity.Warning ? "warning: " : "")}{Message}";
}
