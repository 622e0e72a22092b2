using Cartograph.Extraction.Text;

namespace Cartograph.Extraction.Discovery;

/// <summary>An acronym whose letters are the initials of the name before it: "Cross-Modal ... Discrepancy - CMAC-MMD".</summary>
internal static class AcronymDefinitions
{
    /// <summary><paramref name="m"/> with the acronym defined right after it as its alias, spanning it too; else <paramref name="m"/>.</summary>
    public static Mention With(string text, List<Token> tokens, Mention m)
    {
        int e = m.TokenEnd;
        if (e + 1 >= tokens.Count) return m;
        var sep = tokens[e];
        if (sep.Kind != TokenKind.Punct || text[sep.Start] is not ('-' or '(' or '\u2013' or '\u2014') || sep.Joined) return m;
        int a = e + 1;
        int aEnd = a;
        while (aEnd < tokens.Count)
        {
            var t = tokens[aEnd];
            if (t.Kind == TokenKind.Word && (aEnd == a || t.Joined) && IsAcronymPart(text.AsSpan(t.Start, t.Length))) { aEnd++; continue; }
            if (t.Kind == TokenKind.Punct && t.Joined && text[t.Start] == '-' && aEnd + 1 < tokens.Count && tokens[aEnd + 1].Joined) { aEnd++; continue; }
            break;
        }
        if (aEnd == a) return m;
        string acronym = NameRuns.Span(text, tokens, a, aEnd);
        if (!InitialsMatch(m.Surface, acronym)) return m;
        int consumed = aEnd < tokens.Count && text[tokens[aEnd].Start] == ')' ? aEnd + 1 : aEnd;
        return m with { TokenEnd = consumed, Alias = acronym };
    }

    internal static bool InitialsMatch(string longForm, string acronym)
    {
        var initials = new System.Text.StringBuilder();
        var word = new System.Text.StringBuilder();
        foreach (char c in longForm + " ")
        {
            if (char.IsLetterOrDigit(c)) { word.Append(c); continue; }
            if (word.Length > 0)
            {
                string w = word.ToString();
                if (!NameRuns.IsConnector(w) || char.IsUpper(w[0])) initials.Append(char.ToUpperInvariant(w[0]));
                word.Clear();
            }
        }
        var letters = new System.Text.StringBuilder();
        foreach (char c in acronym) if (char.IsLetter(c)) letters.Append(char.ToUpperInvariant(c));
        if (letters.Length >= 2 && letters.ToString() == initials.ToString()) return true;
        // "MoR", "LoRA", "DiT": the capitals are the initials, lower-case letters fill in
        var capitals = new System.Text.StringBuilder();
        foreach (char c in acronym) if (char.IsUpper(c)) capitals.Append(c);
        return capitals.Length >= 2 && capitals.Length < letters.Length && capitals.ToString() == initials.ToString();
    }

    /// <summary>"GRPO", "MMD", or a short mixed-case acronym with two or more capitals: "MoR", "LoRA", "DiT".</summary>
    private static bool IsAcronymPart(ReadOnlySpan<char> word)
    {
        if (NameShapes.IsAcronym(word)) return true;
        if (word.Length > 6 || !char.IsUpper(word[0])) return false;
        int upper = 0;
        foreach (char c in word)
        {
            if (!char.IsLetter(c)) return false;
            if (char.IsUpper(c)) upper++;
        }
        return upper >= 2;
    }
}
