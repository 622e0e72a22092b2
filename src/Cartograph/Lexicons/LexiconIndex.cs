using System.Runtime.CompilerServices;
using Cartograph.Extraction.Discovery;
using Cartograph.Extraction.Text;
using Cartograph.Graph;

namespace Cartograph.Lexicons;

/// <summary>
/// Lexicon forms indexed by the key of their first word (as Markdig indexes parsers by opening
/// character), longest form first, so a sentence is matched in one left-to-right pass with one
/// dictionary probe per word and no allocation.
/// </summary>
public sealed class LexiconIndex
{
    private readonly SpanKeyTable<Node> _byFirstKey;
    private readonly int _maxKeys;
    // for a first key starting with an ASCII character: a bit per key length
    private readonly ulong[] _firstKeyLengths = new ulong[128];

    /// <param name="isEverydayWord">Whether a lower-case word is everyday English: a one-word name of a product or
    /// organization that is one ("Meet", "Pilot") then matches only as written, never the word ("fail to meet").</param>
    public LexiconIndex(IReadOnlyList<LexiconEntry> entries, Func<string, bool>? isEverydayWord = null)
    {
        _isEverydayWord = isEverydayWord;
        var build = new Dictionary<string, List<Pattern>>(StringComparer.Ordinal);
        var tokens = new List<Token>();
        var keys = new List<string>();
        var exact = new List<string?>();
        foreach (var entry in entries)
        {
            AddForm(build, tokens, keys, exact, entry, entry.Canonical);
            foreach (var alias in entry.Aliases) AddForm(build, tokens, keys, exact, entry, alias);
        }
        var roots = new Dictionary<string, Node>(build.Count, StringComparer.Ordinal);
        foreach (var (key, list) in build)
        {
            // longest first; ties broken by form text so the choice never depends on file order
            list.Sort((a, b) => b.Keys.Length != a.Keys.Length
                ? b.Keys.Length.CompareTo(a.Keys.Length)
                : string.CompareOrdinal(a.Form, b.Form));
            // a trie over the following keys, each node holding the forms that end there in the sorted order
            var root = new Node();
            foreach (var p in list)
            {
                var node = root;
                for (int k = 1; k < p.Keys.Length; k++) node = node.Child(p.Keys[k]);
                node.AddEnding(p);
                _maxKeys = Math.Max(_maxKeys, p.Keys.Length);
            }
            root.Freeze();
            roots[key] = root;
            if (key.Length > 0 && key[0] < 128) _firstKeyLengths[key[0]] |= 1UL << Math.Min(key.Length, 63);
        }
        _byFirstKey = new SpanKeyTable<Node>(roots);
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
        if (first.Kind == TokenKind.Punct || !TryGetRoot(text, first, out var root)) return false;
        return MatchFrom(text, tokens, at, root, out entry, out end);
    }

    /// <summary>The trie of the forms whose first word has the key of word token <paramref name="word"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryGetRoot(string text, in Token word, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Node root)
    {
        root = null;
        return word.KeyLength > 0 && _byFirstKey.TryGetFolded<TextKeyFold>(text.AsSpan(word.Start, word.Length), word.KeyLength, word.KeyHash, out root);
    }

    /// <summary>The forms under <paramref name="root"/> (the first word's key) that match from token <paramref name="at"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool MatchFrom(string text, List<Token> tokens, int at, Node root, out LexiconEntry entry, out int end)
    {
        entry = null!;
        end = at;
        // the word after a hyphen ("Meta" in "self-Meta") never starts a form
        if (at > 0 && tokens[at].Joined && tokens[at - 1].Kind == TokenKind.Punct && text[tokens[at - 1].Start] == '-'
            && at > 1 && tokens[at - 1].Joined && tokens[at - 2].Kind != TokenKind.Punct)
            return false;

        if (!root.HasChildren) return MatchEnding(text, tokens, root, [at], out entry, out end);
        Span<int> positions = _maxKeys <= 64 ? stackalloc int[_maxKeys] : new int[_maxKeys];
        positions[0] = at;
        return Walk(text, tokens, root, positions, 1, out entry, out end);
    }

    /// <summary>
    /// Walks the trie from <paramref name="node"/> (reached with <paramref name="depth"/> keys, at the tokens in
    /// <paramref name="positions"/>) as far as the words go, then tries the forms ending at each node, deepest
    /// (longest) first and in sorted order within a node: the first whose case and edges fit wins.
    /// </summary>
    private static bool Walk(string text, List<Token> tokens, Node node, Span<int> positions, int depth, out LexiconEntry entry, out int end)
    {
        if (node.HasChildren && depth < positions.Length)
        {
            // inside a name, a hyphen or slash between two words is the same as a space
            int t = positions[depth - 1] + 1;
            if (t < tokens.Count && tokens[t].Kind == TokenKind.Punct && tokens[t].Joined && IsWordJoiner(text[tokens[t].Start])
                && t + 1 < tokens.Count && tokens[t + 1].Joined)
                t++;
            if (t < tokens.Count && tokens[t].Kind != TokenKind.Punct)
            {
                var next = tokens[t];
                if (next.KeyLength > 0 && node.ChildFor(text.AsSpan(next.Start, next.Length), next.KeyLength, next.KeyHash) is { } child)
                {
                    positions[depth] = t;
                    if (Walk(text, tokens, child, positions, depth + 1, out entry, out end)) return true;
                }
            }
        }
        return MatchEnding(text, tokens, node, positions[..depth], out entry, out end);
    }

    private static bool MatchEnding(string text, List<Token> tokens, Node node, ReadOnlySpan<int> positions, out LexiconEntry entry, out int end)
    {
        foreach (var p in node.Ending)
        {
            if (!ExactFits(text, tokens, positions, p)) continue;
            int t = positions[^1] + 1;
            // a match must not stop inside a hyphenated word: "Meta" in "Meta-learning" is not Meta; but a model size
            // or checkpoint written onto a name is still that name ("OLMo-2-1.48B", "Qwen3-8B-Instruct")
            if (t < tokens.Count && tokens[t].Kind == TokenKind.Punct && tokens[t].Joined && text[tokens[t].Start] == '-'
                && t + 1 < tokens.Count && tokens[t + 1].Joined && tokens[t + 1].Kind != TokenKind.Punct)
            {
                // "transformer-based", "diffusion-powered": the name, then a word that says the thing is built on it
                bool builtOn = IsBuiltOnSuffix(text, tokens, t + 1);
                int suffixEnd = builtOn || p.Entry.Type is not (EntityType.Product or EntityType.Organization) ? -1 : VersionSuffix.SuffixEnd(text, tokens, t);
                if (!builtOn && suffixEnd < 0) continue;
                if (suffixEnd > 0) t = suffixEnd;
            }
            entry = p.Entry;
            end = t;
            return true;
        }
        entry = null!;
        end = positions[0];
        return false;
    }

    /// <summary>
    /// False when no word token of the sentence is the first word of a form, so <see cref="TryMatch"/> fails at
    /// every token (a cheap test before matching a whole sentence).
    /// </summary>
    public bool MayMatchIn(string text, List<Token> tokens)
    {
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Punct && MayStart(text[t.Start], t.Length) && TryGetRoot(text, t, out _)) return true;
        }
        return false;
    }

    /// <summary>Whether some form starts with the word of <paramref name="token"/> (a hash look-up, no match).</summary>
    internal bool StartsAForm(string text, in Token token) =>
        token.Kind != TokenKind.Punct && MayStart(text[token.Start], token.Length) && TryGetRoot(text, token, out _);

    /// <summary>
    /// Whether a word of <paramref name="length"/> starting with <paramref name="first"/> can have a first key as its
    /// key: that key starts with the lower-cased letter and is as long as the word or one shorter (a plural dropped).
    /// </summary>
    private bool MayStart(char first, int length)
    {
        if (first >= 128) return true;
        if (length > TextKey.MaxWordLength) return false;
        if (first is >= 'A' and <= 'Z') first = (char)(first + 32);
        ulong lengths = _firstKeyLengths[first];
        return (lengths & (1UL << Math.Min(length, 63))) != 0 || (lengths & (1UL << Math.Min(length - 1, 63))) != 0;
    }

    private static bool ExactFits(string text, List<Token> tokens, ReadOnlySpan<int> positions, Pattern p)
    {
        for (int k = 0; k < positions.Length; k++)
        {
            if (p.Exact[k] is not { } exact) continue;
            var tok = tokens[positions[k]];
            if (!EqualsWithPlural(text.AsSpan(tok.Start, tok.Length), exact)) return false;
        }
        return true;
    }

    private static bool EqualsWithPlural(ReadOnlySpan<char> surface, string exact) =>
        surface.SequenceEqual(exact)
        || (surface.Length == exact.Length + 1 && surface[^1] == 's' && surface[..^1].SequenceEqual(exact));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_builtOnSuffixes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "based", "powered", "driven", "style", "like", "enabled", "guided", "aware", "conditioned", "augmented", "assisted",
        "inspired", "specific", "centric", "friendly", "native", "free",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word after a hyphen is one that makes the name before it a modifier ("transformer-based").</summary>
    private static bool IsBuiltOnSuffix(string text, List<Token> tokens, int at)
    {
        if (at >= tokens.Count || tokens[at].Kind != TokenKind.Word) return false;
        // "transformer-based-ish" or "Llama-based-7B": only a last part
        if (at + 1 < tokens.Count && tokens[at + 1].Joined && tokens[at + 1].Kind == TokenKind.Punct && text[tokens[at + 1].Start] == '-') return false;
        return s_builtOnSuffixes.Contains(text.AsSpan(tokens[at].Start, tokens[at].Length));
    }

    internal static bool IsWordJoiner(char c) => c is '-' or '/' or '\u2010' or '\u2011';

    private readonly Func<string, bool>? _isEverydayWord;

    private void AddForm(Dictionary<string, List<Pattern>> build, List<Token> tokens, List<string> keys, List<string?> exact, LexiconEntry entry, string form)
    {
        Tokenizer.Tokenize(form, 0, form.Length, tokens);
        keys.Clear();
        exact.Clear();
        int letters = 0;
        var flags = entry.Flags;
        if (_isEverydayWord is not null && entry.Type is EntityType.Product or EntityType.Organization
            && form.Length > 0 && char.IsUpper(form[0]) && IsEverydayPhrase(form, tokens))
            flags |= LexiconFlags.Capitalised;
        foreach (var tok in tokens)
        {
            if (tok.Kind == TokenKind.Punct) continue;
            var word = form.AsSpan(tok.Start, tok.Length);
            keys.Add(TextKey.Of(word));
            exact.Add(NeedsExactCase(word, flags) ? word.ToString() : null);
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

    /// <summary>
    /// A name made of everyday words: one word ("Meet", "Pilot"), or several joined by a lower-case word
    /// ("Out of the Blue", "Command A" is not: its "A" is capitalised). Written in lower case, such words are
    /// the language, not the name ("launched it out of the blue").
    /// </summary>
    private bool IsEverydayPhrase(string form, List<Token> tokens)
    {
        int words = 0;
        bool joinedByLowerCaseWord = false;
        foreach (var tok in tokens)
        {
            if (tok.Kind != TokenKind.Word) continue;
            var word = form.AsSpan(tok.Start, tok.Length);
            if (!_isEverydayWord!(word.ToString().ToLowerInvariant())) return false;
            if (words > 0 && !char.IsUpper(word[0])) joinedByLowerCaseWord = true;
            words++;
        }
        return words == 1 || (words > 1 && joinedByLowerCaseWord);
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

    /// <summary>A trie node: the forms whose keys end here (in sorted order) and the next keys.</summary>
    private sealed class Node
    {
        private List<Pattern>? _ending;
        // children while building: a list, indexed once it grows
        private List<KeyValuePair<string, Node>>? _building;
        private Dictionary<string, Node>? _buildingIndex;
        // one child (the usual case below the first word) is kept without a table
        private string? _singleKey;
        private Node? _single;

        public Pattern[] Ending { get; private set; } = [];
        public SpanKeyTable<Node>? Children { get; private set; }
        public bool HasChildren => _single is not null || Children is not null;

        public void AddEnding(Pattern p) => (_ending ??= []).Add(p);

        public Node Child(string key)
        {
            _building ??= [];
            if (_buildingIndex is not null)
            {
                if (_buildingIndex.TryGetValue(key, out var known)) return known;
            }
            else
            {
                foreach (var (k, n) in _building)
                    if (string.Equals(k, key, StringComparison.Ordinal)) return n;
            }
            var child = new Node();
            _building.Add(new(key, child));
            if (_buildingIndex is not null) _buildingIndex.Add(key, child);
            else if (_building.Count > 8) _buildingIndex = _building.ToDictionary(StringComparer.Ordinal);
            return child;
        }

        /// <summary>
        /// The child keyed by the word whose key is its first <paramref name="keyLength"/> characters, folded, with
        /// <paramref name="keyHash"/> as hash.
        /// </summary>
        public Node? ChildFor(ReadOnlySpan<char> word, int keyLength, uint keyHash)
        {
            if (_single is not null)
                return _singleKey!.Length == keyLength && FoldedKeys.FoldedEquals<TextKeyFold>(_singleKey, word) ? _single : null;
            if (Children is null || !Children.MayContain(word[0], keyLength)) return null;
            return Children.TryGetFolded<TextKeyFold>(word, keyLength, keyHash, out var child)
                ? child : null;
        }

        public void Freeze()
        {
            if (_ending is not null) Ending = [.. _ending];
            _ending = null;
            if (_building is null) return;
            if (_building.Count == 1)
            {
                (_singleKey, _single) = _building[0];
            }
            else
            {
                Children = new SpanKeyTable<Node>(_building);
            }
            foreach (var (_, child) in _building) child.Freeze();
            _building = null;
            _buildingIndex = null;
        }
    }
}
