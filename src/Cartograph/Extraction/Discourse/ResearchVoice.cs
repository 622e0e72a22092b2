namespace Cartograph.Extraction.Discourse;

/// <summary>
/// A paper's own prose ("We propose ...", "In this work ...", "our method ..."): an abstract or a paper's text rather
/// than talk about research. There the field's everyday words ("post-training", "clustering", "software engineering")
/// are used in their technical sense, so a weak lexicon entry needs no further context; in a conversation or a news
/// item the same words are as often plain English.
/// </summary>
internal static class ResearchVoice
{
    /// <summary>At least this many authors' phrases per thousand words: an abstract has one in every two or three hundred.</summary>
    private const double PhrasesPerThousandWords = 3.5;

    private static readonly HashSet<string> s_authorVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "propose", "present", "introduce", "develop", "demonstrate", "show",
    };

    /// <summary>"our method": what the authors call their contribution ("this model" is as often said in a conversation).</summary>
    private static readonly HashSet<string> s_ownWorkNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "method", "approach", "model", "framework", "results", "experiments",
    };

    /// <summary>"this paper", "in this work".</summary>
    private static readonly HashSet<string> s_thisWorkNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "paper", "work", "study",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_verbs = s_authorVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_ownNouns = s_ownWorkNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_thisNouns = s_thisWorkNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="text"/> is written in the voice of a paper's authors (one pass over its words).</summary>
    public static bool Speaks(string text)
    {
        int words = 0, phrases = 0;
        var previous = ReadOnlySpan<char>.Empty;
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                // a sentence's end or a comma parts two words
                if (text[i] is not (' ' or '\t' or '\n' or '\r')) previous = default;
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '\'')) i++;
            var word = text.AsSpan(start, i - start);
            words++;
            // "we propose", "this paper", "our method" ("in this work" is "this work")
            if ((previous.Equals("we", StringComparison.OrdinalIgnoreCase) && s_verbs.Contains(word))
                || (previous.Equals("our", StringComparison.OrdinalIgnoreCase) && s_ownNouns.Contains(word))
                || (previous.Equals("this", StringComparison.OrdinalIgnoreCase) && s_thisNouns.Contains(word)))
                phrases++;
            previous = word;
        }
        return phrases > 0 && phrases * 1000.0 >= PhrasesPerThousandWords * words;
    }
}
