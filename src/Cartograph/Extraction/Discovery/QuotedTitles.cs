using Cartograph.Extraction.Discourse;
using Cartograph.Extraction.Text;
using Cartograph.Graph;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// "Break Out the Silverware" is the title: a quoted Title Case phrase in a sentence that says it is a name. A rule of
/// the whole sentence, asked before its words: a title may hold words any other rule would name on their own.
/// </summary>
internal static class QuotedTitles
{
    private static readonly CueList s_titleCues = Cues.Phrases("title", "titled", "called", "paper", "entitled", "named");

    // the quotation marks around a title, straight and curly: searched for in a sentence, then tested per token
    private static readonly System.Buffers.SearchValues<char> s_quoteMarks = System.Buffers.SearchValues.Create("\"\u201C\u201D");

    /// <summary>Adds the sentence's quoted titles to <paramref name="found"/>.</summary>
    public static void Find(string text, List<Token> tokens, List<Mention> found)
    {
        // most sentences quote nothing: one vectorised search says so without visiting each token
        if (tokens.Count == 0 || text.AsSpan(tokens[0].Start, tokens[^1].End - tokens[0].Start).IndexOfAny(s_quoteMarks) < 0) return;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!IsQuote(text, tokens[i])) continue;
            int close = i + 1;
            while (close < tokens.Count && !IsQuote(text, tokens[close])) close++;
            if (close >= tokens.Count) return;
            int words = 0, capitals = 0;
            for (int k = i + 1; k < close; k++)
            {
                if (tokens[k].Kind != TokenKind.Word) continue;
                words++;
                if (NameShapes.IsCapitalised(text.AsSpan(tokens[k].Start, tokens[k].Length))) capitals++;
            }
            bool titleCase = words is >= 2 and <= 12 && capitals * 2 > words
                && NameShapes.IsCapitalised(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length));
            if (titleCase && (CueMatcher.Contains(text, tokens, 0, tokens.Count, s_titleCues)))
            {
                string label = NameRuns.Span(text, tokens, i + 1, close);
                found.Add(new Mention(i + 1, close, EntityType.Paper, label, label, MentionOrigin.Discovered, null) { Introduced = true });
            }
            i = close;
        }
    }

    /// <summary>Whether token <paramref name="i"/> lies inside one of the first <paramref name="count"/> mentions (the titles).</summary>
    public static bool Covered(List<Mention> found, int count, int i)
    {
        for (int k = 0; k < count; k++)
            if (i >= found[k].TokenStart && i < found[k].TokenEnd) return true;
        return false;
    }

    private static bool IsQuote(string text, Token t) => t.Kind == TokenKind.Punct && s_quoteMarks.Contains(text[t.Start]);
}
