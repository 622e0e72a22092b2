using Cartograph.Extraction.Text;
using Cartograph.Graph;
using Cartograph.Lexicons;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// Coordinated modifiers share the head after them: "instruction and alignment tuning" is instruction tuning and
/// alignment tuning, "code and math generation" is code generation and math generation. The word before the "and" is
/// a name of its own when the lexicon knows it with that head (one word or two).
/// </summary>
internal static class SharedHeads
{
    /// <summary>Adds, to <paramref name="mentions"/> (in token order), the techniques and domains named by a modifier that shares a later head.</summary>
    public static void Find(string text, List<Token> tokens, List<Mention> mentions, LexiconIndex lexicon)
    {
        List<Mention>? found = null;
        for (int and = 1; and + 2 < tokens.Count; and++)
        {
            var t = tokens[and];
            if (t.Kind != TokenKind.Word || t.Length is not (2 or 3) || text.AsSpan(t.Start, t.Length) is not ("and" or "or")) continue;
            int word = and - 1;
            var w = tokens[word];
            // cheap checks first: a lower-case word that starts some form, then a lower-case modifier and head after
            if (w.Kind != TokenKind.Word || !char.IsLower(text[w.Start]) || !lexicon.StartsAForm(text, w)) continue;
            if (tokens[and + 1].Kind != TokenKind.Word || !char.IsLower(text[tokens[and + 1].Start])) continue;
            if (SentenceMentions.Overlaps(mentions, word, and)) continue;
            for (int headWords = 1; headWords <= 2 && and + 1 + headWords < tokens.Count; headWords++)
            {
                int headStart = and + 2, headEnd = and + 2 + headWords;
                if (!AreWords(text, tokens, headStart, headEnd)) break;
                string form = string.Concat(text.AsSpan(w.Start, w.Length), " ", text.AsSpan(tokens[headStart].Start, tokens[headEnd - 1].End - tokens[headStart].Start));
                if (Known(form, lexicon) is not { } entry) continue;
                (found ??= []).Add(new Mention(word, and, entry.Type, entry.Canonical, text[w.Start..w.End], MentionOrigin.Lexicon, entry));
                break;
            }
        }
        if (found is null) return;
        foreach (var name in found) SentenceMentions.InsertIfFree(mentions, name);
    }

    private static bool AreWords(string text, List<Token> tokens, int start, int end)
    {
        for (int k = start; k < end; k++)
            if (tokens[k].Kind != TokenKind.Word || tokens[k].Joined || !char.IsLower(text[tokens[k].Start])) return false;
        return true;
    }

    /// <summary>The technique or domain the lexicon knows as exactly <paramref name="form"/>, or null.</summary>
    private static LexiconEntry? Known(string form, LexiconIndex lexicon)
    {
        var tokens = new List<Token>(4);
        Tokenizer.Tokenize(form, 0, form.Length, tokens);
        return tokens.Count > 0 && lexicon.TryMatch(form, tokens, 0, out var entry, out int end) && end == tokens.Count
            && entry.Type is EntityType.Technique or EntityType.Domain && !entry.IsWeak ? entry : null;
    }
}
