namespace Cartograph.Reading;

/// <summary>
/// One line of a document. <see cref="Start"/>/<see cref="Length"/> locate the whole line in
/// <see cref="Document.Text"/>; <see cref="ContentStart"/>/<see cref="ContentLength"/> locate what was said
/// (after the speaker label or timestamp). Offsets are into the decoded, repaired text.
/// </summary>
public readonly record struct DocumentLine(
    int Number,
    int Start,
    int Length,
    int ContentStart,
    int ContentLength,
    string? Speaker);
