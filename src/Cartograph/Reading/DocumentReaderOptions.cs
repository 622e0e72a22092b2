namespace Cartograph.Reading;

/// <summary>What to do with a line longer than <see cref="DocumentReaderOptions.MaxLineChars"/>.</summary>
public enum OverlongLinePolicy
{
    /// <summary>Reject the whole file with a clear problem (default: such a file is data, not prose).</summary>
    Reject,

    /// <summary>Keep the file; the overlong line stays in Text but is blanked in Content (no speaker), with a warning.</summary>
    Skip,
}

/// <summary>Immutable reader limits.</summary>
public sealed record DocumentReaderOptions
{
    public const long MB = 1024 * 1024;

    public static DocumentReaderOptions Default { get; } = new();

    /// <summary>Files larger than this are rejected before any byte is read. Default 64 MB.</summary>
    public long MaxFileBytes { get; init; } = 64 * MB;

    /// <summary>Longest acceptable line, in chars. Default 1 MB (1,048,576 chars).</summary>
    public int MaxLineChars { get; init; } = (int)MB;

    public OverlongLinePolicy OverlongLines { get; init; } = OverlongLinePolicy.Reject;
}
