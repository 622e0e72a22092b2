using System.Runtime.InteropServices;
using Cartograph.Extraction.Text;

namespace Cartograph.Extraction;

/// <summary>
/// Turns the sentences that back something into the quotes a <see cref="DocumentExtraction"/> keeps.
/// Most sentences of a transcript name nothing and back nothing; making a quote string of each (a copy of
/// the whole text) only fed the GC, and the partial files never kept them anyway. So quotes are made last,
/// once the rules have said which sentences they use, and the sentence indices are renumbered to the kept
/// ones: an extraction in memory holds exactly what its partial file holds.
/// </summary>
internal static class QuotedSentences
{
    private const int MaxQuoteLength = 280;

    /// <summary>Adds the quotes of the sentences pointed at to <paramref name="x"/> and renumbers every pointer to them.</summary>
    /// <param name="newIndex">Scratch list, reused from one document to the next.</param>
    public static void Keep(DocumentExtraction x, List<Sentence> sentences, string text, List<int> newIndex)
    {
        newIndex.Clear();
        CollectionsMarshal.SetCount(newIndex, sentences.Count);
        var index = CollectionsMarshal.AsSpan(newIndex);
        index.Fill(-1);
        foreach (var e in x.Entities) foreach (int s in e.Mentions) index[s] = 0;
        foreach (var r in x.Relations) index[r.Sentence] = 0;
        foreach (var p in x.Papers) foreach (int s in p.RivalrySentences) index[s] = 0;

        for (int s = 0, next = 0; s < index.Length; s++)
        {
            if (index[s] < 0) continue;
            index[s] = next++;
            var sentence = sentences[s];
            x.Sentences.Add(new EvidenceSentence(sentence.Line, sentence.Speaker, Quote(text, sentence.Start, sentence.End)));
        }
        if (x.Sentences.Count == sentences.Count) return; // every sentence kept: the indices stand

        foreach (var e in x.Entities)
        {
            var mentions = CollectionsMarshal.AsSpan(e.Mentions);
            for (int i = 0; i < mentions.Length; i++) mentions[i] = index[mentions[i]];
        }
        var relations = CollectionsMarshal.AsSpan(x.Relations);
        for (int i = 0; i < relations.Length; i++) relations[i] = relations[i] with { Sentence = index[relations[i].Sentence] };
        for (int i = 0; i < x.Papers.Count; i++)
        {
            var p = x.Papers[i];
            if (p.RivalrySentences.Count == 0) continue;
            var rivalry = new int[p.RivalrySentences.Count];
            for (int k = 0; k < rivalry.Length; k++) rivalry[k] = index[p.RivalrySentences[k]];
            x.Papers[i] = p with { RivalrySentences = rivalry };
        }
    }

    // every whitespace character but the plain space
    private static readonly System.Buffers.SearchValues<char> s_otherWhitespace = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) && c != ' ')]);

    /// <summary>The sentence as quoted: whitespace collapsed to single spaces, trimmed, cut at a word near 280 characters.</summary>
    private static string Quote(string content, int start, int end)
    {
        // the usual sentence: short, single spaces only, trimmed; it is its own quote
        var span = content.AsSpan(start, Math.Max(0, end - start));
        if (span.Length is > 0 and < MaxQuoteLength && span[0] != ' ' && span[^1] != ' '
            && span.IndexOfAny(s_otherWhitespace) < 0 && span.IndexOf("  ", StringComparison.Ordinal) < 0)
            return span.ToString();

        // at most MaxQuoteLength + 1 characters before the cut, and the ellipsis
        Span<char> sb = stackalloc char[MaxQuoteLength + 2];
        int n = 0;
        bool space = false;
        for (int i = start; i < end; i++)
        {
            char c = content[i];
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }
            if (space) sb[n++] = ' ';
            space = false;
            sb[n++] = c;
            if (n >= MaxQuoteLength)
            {
                int cut = sb[..n].LastIndexOf(' ');
                if (cut > MaxQuoteLength / 2) n = cut;
                sb[n++] = '\u2026';
                break;
            }
        }
        return new string(sb[..n]);
    }
}
