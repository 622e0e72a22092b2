using Cartograph.Extraction.Discourse;
using Cartograph.Extraction.Text;

namespace Cartograph.Extraction.Discovery;

/// <summary>Whether a cue introduces a name: "Next up is X", "they propose X", "X is next".</summary>
internal static class IntroductionCues
{
    private static readonly HashSet<string> s_introFillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "'s", "s", "more", "most", "really", "actually", "interesting", "this", "the", "a", "an", "called",
        "something", "one", "thing", "paper", "new", "is", "here", "up", "it's", "that's", "which", "about", "with", "we've", "got",
        "pretty", "cool", "next", "quite", "so", "now", "then", "first", "also", "proposed", "they're", "they",
    };

    private static readonly WordSet s_introFillerLookup = new(s_introFillers);

    /// <summary>Cues after a name that make it the next subject: "X is up next".</summary>
    public static readonly CueList Next = Cues.Phrases("is next", "is up next", "comes next", "is up", "is our next", "is the next");

    /// <summary>Whether an introduction cue ends right before <paramref name="at"/> (fillers and dashes skipped).</summary>
    /// <remarks>
    /// For a known name (<paramref name="knownName"/>) a naming cue introduces nothing: "the best GPU is called a V100"
    /// tells what the thing is called, while "Next up is Seedance 1.5" makes the model the subject of the discussion.
    /// </remarks>
    public static bool Before(string text, List<Token> tokens, int at, bool knownName = false)
    {
        int i = at - 1;
        int skipped = 0;
        while (i >= 0 && skipped < 8)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punct && text[t.Start] is '-' or ',' or ':' or '\'' or '\u2013' or '\u2014' or '"' or '\u201C')
            {
                i--;
                skipped++;
                continue;
            }
            // does a cue phrase end exactly here?
            for (int len = 1; len <= 4 && i - len + 1 >= 0; len++)
            {
                int start = i - len + 1;
                int n = CueMatcher.MatchAt(text, tokens, start, Cues.Introductions);
                if (n > 0 && start + n == i + 1) return !(knownName && CueMatcher.MatchAt(text, tokens, start, Cues.Namings) == n);
            }
            if (t.Kind == TokenKind.Word && IsIntroFiller(text.AsSpan(t.Start, t.Length)))
            {
                i--;
                skipped++;
                continue;
            }
            return false;
        }
        return false;
    }

    /// <summary>A word that may stand between an introduction cue and the name ("is", "the", "it's"), any apostrophe.</summary>
    private static bool IsIntroFiller(ReadOnlySpan<char> word)
    {
        if (word.Length > 32) return s_introFillers.Contains(word.ToString().Replace('\u2019', '\''));
        Span<char> buffer = stackalloc char[word.Length];
        word.CopyTo(buffer);
        buffer.Replace('\u2019', '\'');
        return s_introFillerLookup.Contains(buffer);
    }
}
