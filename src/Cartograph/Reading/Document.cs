namespace Cartograph.Reading;

/// <summary>
/// A decoded document. <see cref="Text"/> is the text as written (decoded, double-encoding repaired);
/// <see cref="Content"/> has the same length and offsets but stage directions such as "[pauses]",
/// speaker labels, timestamps and markdown markup blanked to spaces, so extraction reads only what was said
/// while every offset still points into <see cref="Text"/>.
/// </summary>
public sealed class Document
{
    public Document(string id, string path, string text, string content, IReadOnlyList<DocumentLine> lines, string contentHash)
    {
        if (text.Length != content.Length)
            throw new ArgumentException("Content must have the same length as text so offsets agree.", nameof(content));
        Id = id;
        Path = path;
        Text = text;
        Content = content;
        Lines = lines;
        ContentHash = contentHash;
    }

    /// <summary>Stable document id: the folder name and the file name without extension (e.g. "seeds/000_ad29d273c7fc6189"; see <see cref="CorpusScanner"/>).</summary>
    public string Id { get; }

    /// <summary>The path it was read from, as given.</summary>
    public string Path { get; }

    public string Text { get; }
    public string Content { get; }
    public IReadOnlyList<DocumentLine> Lines { get; }

    /// <summary>Hex SHA-256 of the decoded text: the identity used by incremental builds and merges.</summary>
    public string ContentHash { get; }

    /// <summary>Names of the people who speak in it (never entities).</summary>
    public IEnumerable<string> Speakers => Lines.Where(l => l.Speaker is not null).Select(l => l.Speaker!).Distinct(StringComparer.Ordinal);

    public ReadOnlySpan<char> LineContent(in DocumentLine line) => Content.AsSpan(line.ContentStart, line.ContentLength);
}
