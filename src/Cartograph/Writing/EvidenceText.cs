using System.Globalization;
using System.Text;
using Cartograph.Graph;

namespace Cartograph.Writing;

/// <summary>The human-readable form of one piece of evidence: <c>doc:line speaker: quote</c>.</summary>
public static class EvidenceText
{
    /// <summary>Separator between quotes in single-string formats (GraphML, DOT tooltips).</summary>
    public const string Separator = " | ";

    /// <summary>Appends into a caller-owned builder so the writers can reuse one buffer for every element.</summary>
    public static void Append(StringBuilder sb, Evidence e, int maxQuoteLength = int.MaxValue)
    {
        sb.Append(e.Document).Append(':').Append(e.Line.ToString(CultureInfo.InvariantCulture)).Append(' ');
        if (!string.IsNullOrEmpty(e.Speaker)) sb.Append(e.Speaker).Append(": ");
        string quote = e.Quote;
        if (quote.Length > maxQuoteLength) sb.Append(quote, 0, maxQuoteLength).Append('…');
        else sb.Append(quote);
    }

    /// <summary>The same text into the writers' span buffer.</summary>
    internal static void Append(CharBuffer buffer, Evidence e, int maxQuoteLength = int.MaxValue)
    {
        buffer.Append(e.Document).Append(':').Append(e.Line).Append(' ');
        if (!string.IsNullOrEmpty(e.Speaker)) buffer.Append(e.Speaker).Append(": ");
        var utf8 = e.Utf8Quote;
        if (utf8.IsEmpty)
        {
            string quote = e.Quote;
            if (quote.Length > maxQuoteLength) buffer.Append(quote.AsSpan(0, maxQuoteLength)).Append('…');
            else buffer.Append(quote);
            return;
        }
        // decoded straight into the buffer: no string per quote per writer
        int start = buffer.Length;
        buffer.AppendUtf8(utf8);
        if (buffer.Length - start > maxQuoteLength) buffer.Truncate(start + maxQuoteLength).Append('…');
    }
}
