namespace Cartograph.Extraction.Text;

/// <summary>A sentence of a document: its span in the content, the 1-based line and the speaker.</summary>
public readonly record struct Sentence(int Start, int End, int Line, string? Speaker, int Turn);
