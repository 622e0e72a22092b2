namespace Cartograph.Lexicons;

/// <summary>
/// The everyday English words of a dictionary (SCOWL, see NOTICE), lower case: in caption-style text, where no word
/// has a capital, they tell a name from ordinary speech. Loaded on first use: only caption-style documents need it.
/// </summary>
public sealed class EverydayWords
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    public EverydayWords(HashSet<string> words) => _words = words.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> word) => _words.Contains(word);

    /// <summary>The lower-case word is in the dictionary, as it stands or as an inflection of an entry.</summary>
    public bool Knows(ReadOnlySpan<char> word) => _words.Contains(word) || ContainsInflected(word);

    /// <summary>The word is an inflection of a dictionary word the list leaves out: "models", "trained", "scaling".</summary>
    public bool ContainsInflected(ReadOnlySpan<char> word)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["s", "es", "ed", "d", "ing", "er", "ers", "ly"])
        {
            if (word.Length <= suffix.Length + 2 || !word.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = word[..^suffix.Length];
            if (_words.Contains(stem)) return true;
            if (suffix is "ing" or "ed" or "er" or "ers" && (_words.Contains(string.Concat(stem, "e")) || (stem.Length > 2 && stem[^1] == stem[^2] && _words.Contains(stem[..^1]))))
                return true;
        }
        return false;
    }
}
