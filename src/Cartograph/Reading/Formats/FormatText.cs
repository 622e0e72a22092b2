namespace Cartograph.Reading.Formats;

/// <summary>
/// What a file format gives the reader: the text whose lines are read as a transcript or prose, or why there is none.
/// A problem that is only a <see cref="ProblemSeverity.Warning"/> means the file is not a document of that format
/// (a JSON file that is not a Whisper transcript) rather than a broken one.
/// </summary>
public readonly record struct FormatText(string? Text, string? Problem, ProblemSeverity Severity = ProblemSeverity.Error)
{
    public static FormatText Of(string text) => new(text, null);
    public static FormatText Fail(string problem) => new(null, problem);
    public static FormatText NotThisFormat(string problem) => new(null, problem, ProblemSeverity.Warning);
}
