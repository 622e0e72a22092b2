using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Cartograph.Reading.Formats;

/// <summary>
/// A PDF (a paper, slides): the text of each page in reading order (PdfPig). Its lines are layout lines, so a
/// sentence broken over lines is joined on the line where it starts, a word hyphenated at a line's end is joined
/// back, and each page starts a new line; evidence line N is line N of the extracted text. An encrypted or broken
/// PDF is a problem naming the file, never an exception.
/// </summary>
internal sealed class PdfFormat : DocumentFormat
{
    public override string Name => "PDF";

    public override bool ReadsBytes => true;

    public override FormatText FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.StartsWith("%PDF-"u8) && bytes.IndexOf("%PDF-"u8) is < 0 or > 1024) return FormatText.Fail("not a PDF (no %PDF- header)");
        try
        {
            using var pdf = PdfDocument.Open(bytes.ToArray(), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var text = new AlignedLines();
            int line = 0;
            foreach (var page in pdf.GetPages())
            {
                foreach (var pageLine in ContentOrderTextExtractor.GetText(page).Split('\n'))
                {
                    line++;
                    if (string.IsNullOrWhiteSpace(pageLine)) text.Break();
                    else text.Add(line, pageLine);
                }
                line++; // a blank line between pages
                text.Break();
            }
            return text.IsEmpty ? FormatText.Fail("the PDF has no text (scanned pages need OCR first)") : FormatText.Of(text.ToString());
        }
        catch (PdfDocumentEncryptedException)
        {
            return FormatText.Fail("the PDF is encrypted; cannot read its text");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // PdfPig reads untrusted bytes and throws many kinds of exception for a broken file: each is this file's problem
            return FormatText.Fail($"not a readable PDF ({ex.GetType().Name}: {ex.Message})");
        }
    }
}
