using Cartograph.Extraction.Text;
using Cartograph.Lexicons;

namespace Cartograph.Extraction.Discovery;

/// <summary>What the discovery rules ask of the lexicon: is a word common, is it in the dictionary, is a phrase known.</summary>
internal sealed class DiscoveryWords
{
    private readonly Lexicon _lexicon;
    private readonly bool _hasCommonLookup;
    private readonly WordSet? _commonLookup;

    public DiscoveryWords(Lexicon lexicon)
    {
        _lexicon = lexicon;
        if (lexicon.CommonWords is HashSet<string> common && common.TryGetAlternateLookup<ReadOnlySpan<char>>(out _))
        {
            _commonLookup = new WordSet(common);
            _hasCommonLookup = true;
        }
    }

    /// <summary>The lexicon's names, indexed by their first word.</summary>
    public LexiconIndex Index => _lexicon.Index;

    public bool IsDictionaryWord(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        if (word.Length > lower.Length) return false;
        word.ToLowerInvariant(lower);
        return _lexicon.EverydayWords.Knows(lower);
    }

    public bool IsCommonWord(ReadOnlySpan<char> word)
    {
        // lower-cased in a buffer when plain ASCII (the same as ToLowerInvariant), else as a string
        if (!_hasCommonLookup || word.Length > 64 || !System.Text.Ascii.IsValid(word))
            return _lexicon.CommonWords.Contains(word.ToString().ToLowerInvariant());
        Span<char> lower = stackalloc char[word.Length];
        System.Text.Ascii.ToLower(word, lower, out _);
        return _commonLookup!.Contains(lower);
    }

    /// <summary>Whether every word of [<paramref name="at"/>, <paramref name="end"/>) is common or a method head.</summary>
    public bool IsAllCommonRun(string text, List<Token> tokens, int at, int end)
    {
        for (int k = at; k < end; k++)
        {
            if (tokens[k].Kind != TokenKind.Word) continue;
            var w = text.AsSpan(tokens[k].Start, tokens[k].Length);
            if (NameShapes.MethodHeadLookup.Contains(w)) continue;
            if (!IsCommonWord(w)) return false;
        }
        return true;
    }
}
