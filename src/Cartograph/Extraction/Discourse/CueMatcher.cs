using Cartograph.Extraction.Text;
using Cartograph.Lexicons;

namespace Cartograph.Extraction.Discourse;

/// <summary>Matches cue phrases (lower-case word sequences) against the word tokens of a sentence.</summary>
public static class CueMatcher
{
    /// <summary>Length in tokens of the cue phrase starting at token <paramref name="at"/>, or 0.</summary>
    // inlined into the rules, which ask at every word: most words start no phrase and are ruled out without a call
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int MatchAt(string text, List<Token> tokens, int at, CueList phrases) => MatchAt(text, tokens, at, phrases.Index);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int MatchAt(string text, List<Token> tokens, int at, CueIndex index)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        if ((uint)at >= (uint)span.Length) return 0;
        ref readonly var first = ref span[at];
        return first.Kind == TokenKind.Punct || !index.MayStart(first) ? 0 : MatchFrom(text, tokens, at, first, index);
    }

    /// <summary><see cref="MatchAt(string, List{Token}, int, CueList)"/> for a word token that <see cref="CueIndex.MayStart"/> let through.</summary>
    private static int MatchFrom(string text, List<Token> tokens, int at, in Token first, CueIndex index)
    {
        var word = text.AsSpan(first.Start, first.Length);
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
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        for (int i = Math.Max(0, from); i < to && i < span.Length; i++)
        {
            // most words start no phrase: tested here without a call
            if (span[i].Kind != TokenKind.Punct && index.MayStart(span[i]) && MatchFrom(text, tokens, i, span[i], index) > 0) return true;
        }
        return false;
    }

    /// <summary>
    /// Index of the first token of the last cue phrase that ends before <paramref name="before"/> and starts at
    /// <paramref name="earliest"/> or later, or -1. A caller that only wants a cue close to a word says how close: the
    /// scan then stops there instead of going back to the start of the sentence for every mention.
    /// </summary>
    public static int LastBefore(string text, List<Token> tokens, int before, CueList phrases, int earliest = 0)
    {
        var index = phrases.Index;
        for (int i = before - 1; i >= Math.Max(earliest, 0); i--)
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
        // the hashes of the keys (TextKey) of the words a phrase can start with, as written and with "'s"
        private readonly KeyHashFilter _firstKeys;

        public CueIndex(string[][] phrases)
        {
            var all = new Dictionary<string, List<(string[], int)>>(StringComparer.Ordinal);
            var plain = new Dictionary<string, List<(string[], int)>>(StringComparer.Ordinal);
            var firstKeys = new HashSet<uint>();
            for (int order = 0; order < phrases.Length; order++)
            {
                var phrase = phrases[order];
                if (phrase.Length == 0) continue;
                string f = phrase[0];
                Add(all, f, (phrase, order));
                if (!f.Contains('\'')) Add(plain, f, (phrase, order));
                foreach (var written in ApostropheSpellings(f))
                {
                    firstKeys.Add(TextKey.Hash(written));
                    if (!f.Contains('\'')) foreach (var possessive in ApostropheSpellings(f + "'s")) firstKeys.Add(TextKey.Hash(possessive));
                }
            }
            _firstKeys = new KeyHashFilter(firstKeys, bitsPerKey: 32);
            _byFirst = new(all.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
            _byFirstPlain = new(plain.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
        }

        private static void Add(Dictionary<string, List<(string[], int)>> map, string key, (string[], int) phrase)
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = [];
            list.Add(phrase);
        }

        /// <summary>The word with each of its apostrophes straight or curly, in every combination (the cue fold reads both as one).</summary>
        private static IEnumerable<string> ApostropheSpellings(string word)
        {
            int at = word.IndexOf('\'');
            if (at < 0)
            {
                yield return word;
                yield break;
            }
            foreach (var rest in ApostropheSpellings(word[(at + 1)..]))
            {
                yield return string.Concat(word.AsSpan(0, at + 1), rest);
                yield return string.Concat(word.AsSpan(0, at), "\u2019", rest);
            }
        }

        /// <summary>
        /// A cheap test that rules out most words: a phrase can start with the word only if its key's hash is that of
        /// a first word, or of such a word plus "'s". The key folds every character as the cue fold does but the
        /// curly apostrophe, and every spelling of the apostrophes is listed, so no word that could start a phrase is
        /// ruled out.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool MayStart(in Token word) => _firstKeys.MayContain(word.KeyHash);

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
