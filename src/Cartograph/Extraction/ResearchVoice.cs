namespace Cartograph.Extraction;

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

    /// <summary>Whether the words of <paramref name="tokens"/> are written in the voice of a paper's authors.</summary>
    public static bool Speaks(string text, ReadOnlySpan<Token> tokens)
    {
        int words = 0, phrases = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word) continue;
            words++;
            if (i + 1 >= tokens.Length || tokens[i + 1].Kind != TokenKind.Word) continue;
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            var next = text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length);
            // "we propose", "this paper", "our method" ("in this work" is "this work")
            if ((word.Equals("we", StringComparison.OrdinalIgnoreCase) && s_verbs.Contains(next))
                || (word.Equals("our", StringComparison.OrdinalIgnoreCase) && s_ownNouns.Contains(next))
                || (word.Equals("this", StringComparison.OrdinalIgnoreCase) && s_thisNouns.Contains(next)))
                phrases++;
        }
        return phrases > 0 && phrases * 1000.0 >= PhrasesPerThousandWords * words;
    }
}
