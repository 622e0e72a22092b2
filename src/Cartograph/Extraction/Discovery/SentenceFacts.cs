using Cartograph.Extraction.Text;

namespace Cartograph.Extraction.Discovery;

/// <summary>What the discovery rules know of the whole sentence, worked out once before its tokens are visited.</summary>
internal readonly struct SentenceFacts
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_titleFunctionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "of", "for", "with", "in", "on", "to", "from", "by", "at", "via", "as", "is", "are", "vs",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    public SentenceFacts(string text, List<Token> tokens, ISet<string> speakers)
    {
        TitleCase = IsTitleCase(text, tokens);
        LastMethodHead = LowerCaseMethodRule.LastMethodHead(text, tokens);
        Speakers = new SpeakerNames(speakers);
    }

    /// <summary>The sentence is a title line: every word capitalised says nothing of names.</summary>
    public bool TitleCase { get; }

    /// <summary>Index of the sentence's last lower-case method head noun, or -1: lower-case methods are only looked for before it.</summary>
    public int LastMethodHead { get; }

    /// <summary>The document's speakers (names are never entities).</summary>
    public SpeakerNames Speakers { get; }

    /// <summary>
    /// A title line ("Heron: Fast Retrieval for Long Videos", "## Better Tokenizers at Scale"): no sentence-ending
    /// punctuation, and every word but the short function words capitalised.
    /// </summary>
    private static bool IsTitleCase(string text, List<Token> tokens)
    {
        if (tokens.Count == 0) return false;
        var last = tokens[^1];
        if (last.Kind == TokenKind.Punct && text[last.Start] is '.' or '!' or '?') return false;
        int capitalised = 0;
        for (int k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word || (t.Joined && k > 0 && tokens[k - 1].Kind == TokenKind.Punct && text[tokens[k - 1].Start] is '-' or '\'' or '\u2019')) continue;
            var w = text.AsSpan(t.Start, t.Length);
            if (char.IsUpper(w[0])) capitalised++;
            else if (!char.IsDigit(w[0]) && !s_titleFunctionWords.Contains(w)) return false;
        }
        return capitalised >= 3;
    }
}

/// <summary>The document's speakers, looked up by span (names are never entities).</summary>
internal readonly struct SpeakerNames
{
    private readonly ISet<string> _set;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly bool _hasLookup;

    public SpeakerNames(ISet<string> set)
    {
        _set = set;
        if (set is HashSet<string> hs && hs.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup))
        {
            _lookup = lookup;
            _hasLookup = true;
        }
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (_set.Count == 0) return false;
        return _hasLookup ? _lookup.Contains(word) : _set.Contains(word.ToString());
    }
}
