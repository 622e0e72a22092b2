namespace Cartograph.Reading.Formats;

/// <summary>
/// A kind of file besides plain text and markdown that the reader turns into lines of text. Formats that are text
/// (captions, HTML, JSON) are decoded first like any text file; the others (PDF) read the bytes.
/// </summary>
public abstract class DocumentFormat
{
    /// <summary>What to call the format in messages ("SubRip captions").</summary>
    public abstract string Name { get; }

    /// <summary>True when the format reads the file's bytes rather than its decoded text.</summary>
    public virtual bool ReadsBytes => false;

    public virtual FormatText FromText(string decoded) => throw new NotSupportedException($"{Name} is read from bytes.");

    public virtual FormatText FromBytes(ReadOnlySpan<byte> bytes) => throw new NotSupportedException($"{Name} is read from text.");
}

/// <summary>The formats by file extension. Plain text (.txt) and markdown (.md) need no format: they are read as they are.</summary>
public static class DocumentFormats
{
    private static readonly string[] PlainExtensions = [".txt", ".md"];

    private static readonly Dictionary<string, DocumentFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".srt"] = new CaptionFormat(CaptionFormat.Kind.SubRip),
        [".vtt"] = new CaptionFormat(CaptionFormat.Kind.WebVtt),
        [".html"] = new HtmlFormat(),
        [".htm"] = new HtmlFormat(),
        [".json"] = new WhisperJsonFormat(),
        [".pdf"] = new PdfFormat(),
    };

    /// <summary>Every extension a build reads, plain ones first.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [.. PlainExtensions, .. ByExtension.Keys];

    public static bool IsReadable(string path)
    {
        var extension = Path.GetExtension(path);
        return PlainExtensions.Any(e => e.Equals(extension, StringComparison.OrdinalIgnoreCase)) || ByExtension.ContainsKey(extension);
    }

    /// <summary>The format of <paramref name="path"/>, or null for plain text and markdown.</summary>
    public static DocumentFormat? For(string path) => ByExtension.GetValueOrDefault(Path.GetExtension(path));
}
