using Cartograph.Extraction.Text;
using Cartograph.Graph;
using Cartograph.Reading;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// Newsletters list tools as bullet items that open with the name and a dash or colon: "- Mage - Use AI with vision in
/// your Chrome sidebar", "- Djay by Algoriddim - Real-time stem separation". The name there is a product even when it
/// is an ordinary word, and a capitalised name after "by" in that opening is its maker. Research digests number
/// their items by paper and open each with its title: "4) Tracking Anything in High Quality - propose a framework ...",
/// "1) AI Co-Scientist  Google introduces ..."; that opening is the paper, whatever words its title is made of.
/// </summary>
internal static class ListedItemNames
{
    /// <summary>The opening of an item holds at most this many tokens before its dash.</summary>
    private const int OpeningTokens = 8;
    private const int NameWords = 4;

    /// <summary>Adds the item's name (and maker) to <paramref name="mentions"/> when the sentence opens a bullet item.</summary>
    /// <returns>The title of a numbered item the sentence opens, or null.</returns>
    public static Mention? Find(Document document, Sentence sentence, string text, List<Token> tokens, List<Mention> mentions, IReadOnlySet<string> commonWords)
    {
        if (tokens.Count == 0) return null;
        if (OpensNumberedItem(document, sentence)) return FindTitle(document, sentence, text, tokens, mentions);
        FindToolName(document, sentence, text, tokens, mentions, commonWords);
        return null;
    }

    private static void FindToolName(Document document, Sentence sentence, string text, List<Token> tokens, List<Mention> mentions, IReadOnlySet<string> commonWords)
    {
        if (tokens.Count < 3 || !OpensBulletItem(document, sentence)) return;
        int dash = -1;
        for (int i = 1; i < tokens.Count && i <= OpeningTokens; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punct && !t.Joined && text[t.Start] is '-' or '\u2013' or '\u2014' or ':') { dash = i; break; }
        }
        if (dash < 0) return;
        // "- Why I created ...", "- How to ...": a headline, not a name; "- Resume GPT -", "- Music AI -", every word
        // capitalised, is a tool's name even when its first word is an everyday one (one everyday word alone is not)
        if (tokens[0].Kind == TokenKind.Word && commonWords.Contains(text.Substring(tokens[0].Start, tokens[0].Length).ToLowerInvariant())
            && !(dash >= 2 && AllCapitalised(text, tokens, dash)))
            return;
        int end = 0;
        while (end < dash && end < NameWords && IsNameWord(text, tokens[end])) end++;
        if (end == 0) return;
        // "- Resume GPT -", "- Music AI -": a method or field the lexicon found inside the tool's name is part of the name
        if (end >= 2) RemoveInsideName(mentions, end);
        SentenceMentions.InsertIfFree(mentions, Named(text, tokens, 0, end, EntityType.Product));
        // "Djay by Algoriddim -": the maker
        for (int i = end; i + 1 < dash; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !text.AsSpan(tokens[i].Start, tokens[i].Length).Equals("by", StringComparison.Ordinal)) continue;
            int makerEnd = i + 1;
            while (makerEnd < dash && makerEnd - i - 1 < NameWords && IsNameWord(text, tokens[makerEnd])) makerEnd++;
            if (makerEnd > i + 1) SentenceMentions.InsertIfFree(mentions, Named(text, tokens, i + 1, makerEnd, EntityType.Organization));
            break;
        }
    }


    /// <summary>
    /// Drops the methods and fields found inside a name of <paramref name="end"/> tokens from the sentence's start (a loop,
    /// not RemoveAll with a lambda: the lambda's closure was allocated on every call, every sentence).
    /// </summary>
    private static void RemoveInsideName(List<Mention> mentions, int end)
    {
        for (int k = mentions.Count - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.TokenStart >= 0 && m.TokenEnd <= end && m.TokenEnd - m.TokenStart < end && m.Type is EntityType.Technique or EntityType.Domain)
                mentions.RemoveAt(k);
        }
    }
    private static bool AllCapitalised(string text, List<Token> tokens, int end)
    {
        for (int i = 0; i < end; i++)
            if (tokens[i].Kind == TokenKind.Word && !tokens[i].Joined && !char.IsUpper(text[tokens[i].Start])) return false;
        return true;
    }

    /// <summary>A title runs at most this many tokens before its dash, or makes the whole first sentence of the item.</summary>
    private const int TitleTokens = 16;

    private static Mention? FindTitle(Document document, Sentence sentence, string text, List<Token> tokens, List<Mention> mentions)
    {
        int end = -1;
        for (int i = 1; i < tokens.Count && i <= TitleTokens; i++)
        {
            if (IsDash(text, tokens[i])) { end = i; break; }
        }
        // "AI Co-Scientist" set off from its text by wide spaces is a sentence of its own
        if (end < 0 && tokens.Count <= TitleTokens && sentence.End < document.Text.Length - 1
            && document.Text.AsSpan(sentence.End, Math.Min(2, document.Text.Length - sentence.End)).SequenceEqual("  "))
            end = tokens.Count;
        // "4) Can Long-Context Language Models Subsume Retrieval, RAG, SQL, and More? - conducts ...": a title asked as a
        // question may run longer; its question mark closes it before the dash
        if (end < 0 && tokens.Count <= 2 * TitleTokens && IsQuestionMark(text, tokens[^1]) && DashFollows(document, sentence))
            end = tokens.Count;
        if (end <= 0 || !IsNameWord(text, tokens[0])) return null;
        while (end > 0 && tokens[end - 1].Kind == TokenKind.Punct && !IsQuestionMark(text, tokens[end - 1])) end--;
        int words = 0;
        for (int i = 0; i < end; i++) if (tokens[i].Kind != TokenKind.Punct) words++;
        if (words < 2 && !NameShapes.IsCoined(text.AsSpan(tokens[0].Start, tokens[0].Length))) return null;
        if (IsNewsHeadline(text, tokens, end)) return null;
        // a product or company found over the whole opening ("Llama 2", "RT-2") stands; the words of a longer title are
        // the title's, and so is a method's name ("Native Sparse Attention"): the item is the paper that presents it
        foreach (var m in mentions)
            if (m.TokenStart == 0 && m.TokenEnd >= end && m.Type is not (EntityType.Technique or EntityType.Domain)) return null;
        mentions.RemoveAll(m => m.TokenStart < end);
        var title = Named(text, tokens, 0, end, EntityType.Paper);
        mentions.Insert(0, title);
        return title;
    }

    /// <summary>
    /// Puts a numbered item's title back over the mentions found in its sentence by the document's names: a title with
    /// commas or a question mark ("Can Long-Context Language Models Subsume Retrieval, RAG, SQL, and More?") is no form
    /// the name index can match across its punctuation.
    /// </summary>
    public static void Restore(Mention title, List<Mention> mentions)
    {
        if (mentions.Count > 0 && mentions[0].TokenStart == title.TokenStart && mentions[0].TokenEnd == title.TokenEnd && mentions[0].Label == title.Label) return;
        mentions.RemoveAll(m => m.TokenStart < title.TokenEnd);
        mentions.Insert(0, title);
    }

    private static bool IsQuestionMark(string text, Token t) => t.Kind == TokenKind.Punct && text[t.Start] == '?';

    /// <summary>The sentence is followed by a spaced dash: " - conducts ...".</summary>
    private static bool DashFollows(Document document, Sentence sentence)
    {
        var after = document.Text.AsSpan(sentence.End);
        int k = 0;
        while (k < after.Length && after[k] == ' ') k++;
        return k > 0 && k + 1 < after.Length && after[k] is '-' or '\u2013' or '\u2014' && after[k + 1] == ' ';
    }

    private static bool IsDash(string text, Token t) => t.Kind == TokenKind.Punct && !t.Joined && text[t.Start] is '-' or '\u2013' or '\u2014';

    /// <summary>Verbs of news: "AWS announces Amazon Q", "Meta open-sources Llama": the opening reports an event, it is no title.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_newsVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "announces", "announced", "launches", "launched", "releases", "released", "unveils", "unveiled", "raises", "raised",
        "acquires", "acquired", "ships", "debuts", "open-sources", "open-sourced", "rolls", "partners", "sues", "hires",
        "is", "are", "has", "have", "was", "were",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsNewsHeadline(string text, List<Token> tokens, int end)
    {
        for (int i = 1; i < end; i++)
            if (tokens[i].Kind == TokenKind.Word && s_newsVerbs.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length))) return true;
        return false;
    }

    private static bool OpensNumberedItem(Document document, Sentence sentence)
    {
        var line = document.Lines[sentence.Line - 1];
        var raw = document.Text.AsSpan(line.Start, line.Length);
        int digits = 0;
        while (digits < raw.Length && digits < 3 && char.IsAsciiDigit(raw[digits])) digits++;
        if (digits == 0 || digits + 1 >= raw.Length || raw[digits] is not (')' or '.') || raw[digits + 1] != ' ') return false;
        return sentence.Start <= line.Start + digits + 4;
    }

    private static bool IsNameWord(string text, Token t) =>
        (t.Kind == TokenKind.Word && (char.IsUpper(text[t.Start]) || char.IsDigit(text[t.Start]))) || t.Kind == TokenKind.Number;

    private static Mention Named(string text, List<Token> tokens, int start, int end, EntityType type)
    {
        string label = text[tokens[start].Start..(tokens[end - 1].Start + tokens[end - 1].Length)];
        return new Mention(start, end, type, label, label, MentionOrigin.Discovered, null) { Introduced = true };
    }


    /// <summary>The sentence is the first of a line written as a bullet item ("- ", "* ", "• ").</summary>
    internal static bool OpensBulletItem(Document document, Sentence sentence)
    {
        var line = document.Lines[sentence.Line - 1];
        var raw = document.Text.AsSpan(line.Start, line.Length);
        int lead = 0;
        while (lead < raw.Length && raw[lead] == ' ') lead++;
        if (lead + 1 >= raw.Length || raw[lead] is not ('-' or '*' or '\u2022') || raw[lead + 1] != ' ') return false;
        // the sentence starts right after the bullet
        int contentStart = line.Start + lead + 2;
        while (contentStart < line.Start + line.Length && document.Text[contentStart] == ' ') contentStart++;
        return sentence.Start <= contentStart + 2;
    }
}
