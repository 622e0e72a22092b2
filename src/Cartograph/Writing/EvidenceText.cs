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
        if (e.Quote.Length > maxQuoteLength) sb.Append(e.Quote, 0, maxQuoteLength).Append('…');
        else sb.Append(e.Quote);
    }

    /// <summary>The same text into the writers' span buffer.</summary>
    internal static void Append(CharBuffer buffer, Evidence e, int maxQuoteLength = int.MaxValue)
    {
        buffer.Append(e.Document).Append(':').Append(e.Line).Append(' ');
        if (!string.IsNullOrEmpty(e.Speaker)) buffer.Append(e.Speaker).Append(": ");
        if (e.Quote.Length > maxQuoteLength) buffer.Append(e.Quote.AsSpan(0, maxQuoteLength)).Append('…');
        else buffer.Append(e.Quote);
    }
}
