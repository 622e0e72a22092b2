using System.Runtime.InteropServices;
using Cartograph.Extraction;
using Cartograph.Graph;

namespace Cartograph.Resolution;

/// <summary>
/// The quotes of one document being folded, one <see cref="Evidence"/> per sentence, made on first
/// use and shared by every node and edge that sentence supports: a sentence typically backs an
/// entity or two and a relation, and at millions of quotes a copy per use is hundreds of MB.
/// Speaker names are shared across documents. Each quote gets its sentence's rank in the (line, quote, speaker) order, so the capped evidence
/// sets order the quotes of one document without reading their text.
/// </summary>
internal sealed class DocumentQuotes(DocumentExtraction doc, Dictionary<string, string> speakers, QuoteArena arena)
{
    private readonly Evidence?[] _made = new Evidence?[doc.Sentences.Count];
    private readonly object _folded = new();
    private int[]? _ranks;

    public string DocumentId => doc.DocumentId;

    public Evidence Of(int sentence)
    {
        if (_made[sentence] is { } made) return made;
        var s = doc.Sentences[sentence];
        _ranks ??= Ranks(doc.Sentences);
        // the reader makes a speaker string per line; a few names stand for millions of quotes
        string? speaker = s.Speaker is null ? null : (CollectionsMarshal.GetValueRefOrAddDefault(speakers, s.Speaker, out _) ??= s.Speaker);
        return _made[sentence] = new Evidence(doc.DocumentId, s.Line, speaker, s.Quote, arena, _folded, _ranks[sentence]);
    }

    private static int[] Ranks(List<EvidenceSentence> sentences)
    {
        var order = new int[sentences.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        SortByLineThenText(sentences, order);
        var ranks = new int[order.Length];
        for (int i = 1; i < order.Length; i++)
        {
            // the same sentence twice (same line, quote and speaker) is one quote: equal ranks
            bool same = Compare(sentences[order[i - 1]], sentences[order[i]]) == 0;
            ranks[order[i]] = same ? ranks[order[i - 1]] : i;
        }
        return ranks;
    }

    /// <summary>
    /// Extraction lists sentences in line order, so only the few sentences sharing a line need sorting
    /// by their text (a whole sort per document was a tenth of the fold); any other order is sorted whole.
    /// </summary>
    private static void SortByLineThenText(List<EvidenceSentence> sentences, int[] order)
    {
        // one delegate for the document, sorted as spans (Array.Sort with a comparer makes a delegate per call)
        Comparison<int> bySentence = (a, b) => Compare(sentences[a], sentences[b]);
        for (int i = 1; i < order.Length; i++)
        {
            if (sentences[i].Line >= sentences[i - 1].Line) continue;
            order.AsSpan().Sort(bySentence);
            return;
        }
        for (int start = 0, end; start < order.Length; start = end)
        {
            end = start + 1;
            while (end < order.Length && sentences[end].Line == sentences[start].Line) end++;
            if (end - start > 1) order.AsSpan(start, end - start).Sort(bySentence);
        }
    }

    private static int Compare(EvidenceSentence a, EvidenceSentence b)
    {
        int c = a.Line.CompareTo(b.Line);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Quote, b.Quote);
        return c != 0 ? c : string.CompareOrdinal(a.Speaker, b.Speaker);
    }
}
