using Cartograph.Extraction;

namespace Cartograph.Lexicons;

/// <summary>
/// Lexicon forms indexed by the key of their first word (as Markdig indexes parsers by opening
/// character), longest form first, so a sentence is matched in one left-to-right pass with one
/// dictionary probe per word and no allocation.
/// </summary>
public sealed class LexiconIndex
{
    private readonly Dictionary<string, Pattern[]> _byFirstKey;
    private readonly Dictionary<string, Pattern[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public LexiconIndex(IReadOnlyList<LexiconEntry> entries)
    {
        var build = new Dictionary<string, List<Pattern>>(StringComparer.Ordinal);
        var tokens = new List<Token>();
        foreach (var entry in entries)
        {
            AddForm(build, tokens, entry, entry.Canonical);
            foreach (var alias in entry.Aliases) AddForm(build, tokens, entry, alias);
        }
        _byFirstKey = new Dictionary<string, Pattern[]>(build.Count, StringComparer.Ordinal);
        foreach (var (key, list) in build)
        {
            // longest first; ties broken by form text so the choice never depends on file order
            list.Sort((a, b) => b.Keys.Length != a.Keys.Length
                ? b.Keys.Length.CompareTo(a.Keys.Length)
                : string.CompareOrdinal(a.Form, b.Form));
            _byFirstKey[key] = [.. list];
        }
        _lookup = _byFirstKey.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int FirstKeyCount => _byFirstKey.Count;

    /// <summary>
    /// Finds the longest lexicon form starting at word token <paramref name="at"/>.
    /// Returns false when none matches; <paramref name="end"/> is the exclusive token index after the match.
    /// </summary>
    public bool TryMatch(string text, List<Token> tokens, int at, out LexiconEntry entry, out int end)
    {
        entry = null!;
        end = at;
        var first = tokens[at];
        if (first.Kind == TokenKind.Punct) return false;
        Span<char> buffer = stackalloc char[TextKey.MaxWordLength];
        int n = TextKey.Write(text.AsSpan(first.Start, first.Length), buffer);
        if (n == 0 || !_lookup.TryGetValue(buffer[..n], out var patterns)) return false;
        foreach (var p in patterns)
        {
            if (TryMatchPattern(text, tokens, at, p, buffer, out end))
            {
                entry = p.Entry;
                return true;
            }
        }
        return false;
    }

    private static bool TryMatchPattern(string text, List<Token> tokens, int at, Pattern p, Span<char> buffer, out int end)
    {
        int t = at;
        end = at;
        for (int k = 0; k < p.Keys.Length; k++)
        {
            if (k > 0)
            {
                // inside a name, a hyphen or slash between two words is the same as a space
                if (t < tokens.Count && tokens[t].Kind == TokenKind.Punct && tokens[t].Joined && IsWordJoiner(text[tokens[t].Start])
                    && t + 1 < tokens.Count && tokens[t + 1].Joined)
                    t++;
            }
            if (t >= tokens.Count) return false;
            var tok = tokens[t];
            if (tok.Kind == TokenKind.Punct) return false;
            var surface = text.AsSpan(tok.Start, tok.Length);
            if (k > 0)
            {
                int n = TextKey.Write(surface, buffer);
                if (n == 0 || !buffer[..n].SequenceEqual(p.Keys[k])) return false;
            }
            if (p.Exact[k] is { } exact && !EqualsWithPlural(surface, exact)) return false;
            t++;
        }
        // a match must not stop inside a hyphenated word: "Meta" in "Meta-learning" is not Meta
        if (t < tokens.Count && tokens[t].Kind == TokenKind.Punct && tokens[t].Joined && text[tokens[t].Start] == '-'
            && t + 1 < tokens.Count && tokens[t + 1].Joined && tokens[t + 1].Kind != TokenKind.Punct)
            return false;
        if (at > 0 && tokens[at].Joined && tokens[at - 1].Kind == TokenKind.Punct && text[tokens[at - 1].Start] == '-'
            && at > 1 && tokens[at - 1].Joined && tokens[at - 2].Kind != TokenKind.Punct)
            return false;
        end = t;
        return true;
    }

    private static bool EqualsWithPlural(ReadOnlySpan<char> surface, string exact) =>
        surface.SequenceEqual(exact)
        || (surface.Length == exact.Length + 1 && surface[^1] == 's' && surface[..^1].SequenceEqual(exact));

    internal static bool IsWordJoiner(char c) => c is '-' or '/' or '\u2010' or '\u2011';

    private static void AddForm(Dictionary<string, List<Pattern>> build, List<Token> tokens, LexiconEntry entry, string form)
    {
        Tokenizer.Tokenize(form, 0, form.Length, tokens);
        var keys = new List<string>();
        var exact = new List<string?>();
        int letters = 0;
        foreach (var tok in tokens)
        {
            if (tok.Kind == TokenKind.Punct) continue;
            var word = form.AsSpan(tok.Start, tok.Length);
            keys.Add(TextKey.Of(word));
            exact.Add(NeedsExactCase(word, entry.Flags) ? word.ToString() : null);
            letters += word.Length;
        }
        if (keys.Count == 0 || letters < 2) return;
        if (!build.TryGetValue(keys[0], out var list))
        {
            list = [];
            build.Add(keys[0], list);
        }
        var pattern = new Pattern(entry, form, [.. keys], [.. exact]);
        foreach (var existing in list)
        {
            if (existing.Entry == entry && existing.Keys.AsSpan().SequenceEqual(pattern.Keys)
                && existing.Exact.AsSpan().SequenceEqual(pattern.Exact))
                return;
        }
        list.Add(pattern);
    }

    /// <summary>Acronyms and brand spellings (2+ capitals, or capitals on a flagged entry) only match as written.</summary>
    private static bool NeedsExactCase(ReadOnlySpan<char> word, LexiconFlags flags)
    {
        int upper = 0;
        foreach (char c in word) if (char.IsUpper(c)) upper++;
        if (upper >= 2) return true;
        if (upper == 0) return false;
        return (flags & (LexiconFlags.CaseSensitive | LexiconFlags.Capitalised)) != 0;
    }

    private sealed record Pattern(LexiconEntry Entry, string Form, string[] Keys, string?[] Exact);
}
