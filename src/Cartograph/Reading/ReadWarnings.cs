namespace Cartograph.Reading;

/// <summary>
/// The sorts of warning reading gives, each the opening words of its messages ("repaired double-encoded UTF-8
/// in 3 places"): a report can then count the files that had each sort instead of listing them all.
/// </summary>
public static class ReadWarnings
{
    public const string RepairedDoubleEncoding = "repaired double-encoded UTF-8";
    public const string Windows1252 = "decoded as Windows-1252";
    public const string Utf16WithoutBom = "decoded as UTF-16 without a byte-order mark";
    public const string NotACorpusFile = "not a file type Cartograph reads";

    private static readonly string[] Kinds = [RepairedDoubleEncoding, Windows1252, Utf16WithoutBom, NotACorpusFile];

    /// <summary>The sort of <paramref name="message"/>: the known opening it starts with, else the whole message.</summary>
    public static string KindOf(string message)
    {
        foreach (var kind in Kinds)
            if (message.StartsWith(kind, StringComparison.Ordinal)) return kind;
        return message;
    }
}
