using Cartograph.Lexicons;

namespace Cartograph.Extraction;

/// <summary>Matches cue phrases (lower-case word sequences) against the word tokens of a sentence.</summary>
public static class CueMatcher
{
    /// <summary>Length in tokens of the cue phrase starting at token <paramref name="at"/>, or 0.</summary>
    public static int MatchAt(string text, List<Token> tokens, int at, CueList phrases) => MatchAt(text, tokens, at, phrases.Index);

    private static int MatchAt(string text, List<Token> tokens, int at, CueIndex index)
    {
        if (at < 0 || at >= tokens.Count) return 0;
        var first = tokens[at];
        if (first.Kind == TokenKind.Punct) return 0;
        var word = text.AsSpan(first.Start, first.Length);
        if (!index.MayStart(word)) return 0;
        // the first phrase of the list that matches wins
        int best = index.FirstMatch(text, tokens, at, word, stripped: false, out int length);
        if (word.Length > 2 && word[^2] is '\'' or '\u2019' && word[^1] == 's'
            && index.FirstMatch(text, tokens, at, word, stripped: true, out int strippedLength) < best)
            length = strippedLength;
        return length;
    }

    /// <summary>True when any cue phrase occurs in tokens [from, to).</summary>
    public static bool Contains(string text, List<Token> tokens, int from, int to, CueList phrases)
    {
        var index = phrases.Index;
        for (int i = Math.Max(0, from); i < to && i < tokens.Count; i++)
            if (MatchAt(text, tokens, i, index) > 0) return true;
        return false;
    }

    /// <summary>Index of the first token of the last cue phrase that ends before <paramref name="before"/>, or -1.</summary>
    public static int LastBefore(string text, List<Token> tokens, int before, CueList phrases)
    {
        var index = phrases.Index;
        for (int i = before - 1; i >= 0; i--)
        {
            int n = MatchAt(text, tokens, i, index);
            if (n > 0 && i + n <= before) return i;
        }
        return -1;
    }

    public static bool WordEquals(ReadOnlySpan<char> word, string lower)
    {
        // "one's" matches "one": a contracted "is" does not change the cue
        if (word.Length == lower.Length + 2 && word[^2] is '\'' or '\u2019' && word[^1] == 's' && !lower.Contains('\''))
            word = word[..^2];
        if (word.Length != lower.Length) return false;
        for (int i = 0; i < word.Length; i++)
        {
            char c = char.ToLowerInvariant(word[i]);
            if (c == '\u2019') c = '\'';
            if (c != lower[i]) return false;
        }
        return true;
    }

    /// <summary>
    /// The phrases of one cue list indexed by their first word, so a token is tested against the few
    /// phrases that can start with it instead of every phrase. Built once, with its <see cref="CueList"/>.
    /// </summary>
    internal sealed class CueIndex
    {
        // by first word: the phrases starting with it, with their place in the list, in list order
        private readonly SpanKeyTable<(string[] Phrase, int Order)[]> _byFirst;
        // the same for first words without an apostrophe, the ones "one's" can match without its "'s"
        private readonly SpanKeyTable<(string[] Phrase, int Order)[]> _byFirstPlain;
        // a bit per (first letter, last letter, length) of the words a phrase can start with (lower-case ASCII)
        private readonly ulong[] _shapes = new ulong[16];
        private readonly int _maxWordLength;

        public CueIndex(string[][] phrases)
        {
            var all = new Dictionary<string, List<(string[], int)>>(StringComparer.Ordinal);
            var plain = new Dictionary<string, List<(string[], int)>>(StringComparer.Ordinal);
            for (int order = 0; order < phrases.Length; order++)
            {
                var phrase = phrases[order];
                if (phrase.Length == 0) continue;
                string f = phrase[0];
                Add(all, f, (phrase, order));
                if (!f.Contains('\'')) Add(plain, f, (phrase, order));
                _maxWordLength = Math.Max(_maxWordLength, f.Length + 2);
                // (a word with a non-ASCII first or last letter is never filtered, so those need no bit)
                if (f.Length > 0 && f[0] < 128 && f[^1] < 128) Mark(f[0], f[^1], f.Length);
                if (f.Length > 0 && f[0] < 128 && !f.Contains('\'')) Mark(f[0], 's', f.Length + 2);
            }
            _byFirst = new(all.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
            _byFirstPlain = new(plain.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
        }

        private static void Add(Dictionary<string, List<(string[], int)>> map, string key, (string[], int) phrase)
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = [];
            list.Add(phrase);
        }

        private void Mark(char first, char last, int length)
        {
            int bit = Shape(first, last, length);
            _shapes[bit >> 6] |= 1UL << (bit & 63);
        }

        private static int Shape(char first, char last, int length) => ((first * 31 + last) * 31 + length) & 1023;

        /// <summary>
        /// A cheap test that rules out most words: a phrase can start with the word only if some first word has its
        /// first and last letter (lower-cased) and length, or it is such a word plus "'s".
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool MayStart(ReadOnlySpan<char> word)
        {
            if (word.Length > _maxWordLength) return false;
            char first = word[0], last = word[^1];
            if (first >= 128 || last >= 128) return true;
            if (first is >= 'A' and <= 'Z') first = (char)(first + 32);
            if (last is >= 'A' and <= 'Z') last = (char)(last + 32);
            int bit = Shape(first, last, word.Length);
            return (_shapes[bit >> 6] & (1UL << (bit & 63))) != 0;
        }

        /// <summary>
        /// The list position of the first phrase matching at <paramref name="at"/> whose first word equals the word
        /// (or, when <paramref name="stripped"/>, the word without its "'s"), and its <paramref name="length"/>;
        /// int.MaxValue and 0 when none does.
        /// </summary>
        public int FirstMatch(string text, List<Token> tokens, int at, ReadOnlySpan<char> word, bool stripped, out int length)
        {
            length = 0;
            // the key: the word (without its "'s") lower-cased, with a curly apostrophe as a straight one
            int n = stripped ? word.Length - 2 : word.Length;
            var table = stripped ? _byFirstPlain : _byFirst;
            if (!table.TryGetFolded<CueFold>(word, n, FoldedKeys.HashFolded<CueFold>(word, n), out var candidates))
                return int.MaxValue;
            foreach (var (phrase, order) in candidates!)
            {
                if (at + phrase.Length > tokens.Count) continue;
                bool ok = true;
                for (int k = 1; k < phrase.Length && ok; k++)
                {
                    var t = tokens[at + k];
                    ok = t.Kind != TokenKind.Punct && WordEquals(text.AsSpan(t.Start, t.Length), phrase[k]);
                }
                if (ok)
                {
                    length = phrase.Length;
                    return order;
                }
            }
            return int.MaxValue;
        }

        private readonly struct CueFold : ICharFold
        {
            public static char FoldNonAscii(char c)
            {
                char lower = char.ToLowerInvariant(c);
                return lower == '\u2019' ? '\'' : lower;
            }
        }
    }
}
