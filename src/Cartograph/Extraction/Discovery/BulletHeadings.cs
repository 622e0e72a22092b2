using Cartograph.Extraction.Text;
using Cartograph.Graph;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// Digests break a summary into points headed in title case: "● Strong Long-Context Performance – NSA matches ...",
/// "● Open-Source – the model is released ...". The heading says what the point is about; it names no paper, so a
/// paper found in it only by its shape is dropped (a known name, or a method by its head noun, stays:
/// "● Hierarchical Sparse Attention – ...").
/// </summary>
internal static class BulletHeadings
{
    private const int HeadingTokens = 10;

    public static void DropPapersNamedByShape(string text, List<Token> tokens, List<Mention> mentions)
    {
        if (mentions.Count == 0 || tokens.Count < 3 || !FollowsBullet(text, tokens[0].Start)) return;
        int dash = -1;
        for (int i = 1; i < tokens.Count && i <= HeadingTokens; i++)
            if (tokens[i] is { Kind: TokenKind.Punct, Joined: false } t && text[t.Start] is '–' or '—' or '-' or ':') { dash = i; break; }
        if (dash < 0) return;
        DropBefore(mentions, dash);
    }

    // its own method: a lambda capturing dash in the method above made the compiler allocate its closure on every call
    private static void DropBefore(List<Mention> mentions, int dash) =>
        mentions.RemoveAll(m => m.TokenStart < dash && m.Type == EntityType.Paper && m.Origin == MentionOrigin.Discovered && m.Entry is null);

    /// <summary>The sentence starts right after a bullet sign (the splitter leaves the sign out of the sentence).</summary>
    private static bool FollowsBullet(string text, int start)
    {
        int k = start - 1;
        while (k >= 0 && text[k] == ' ') k--;
        return k >= 0 && text[k] is '●' or '•' or '▪' or '◦';
    }
}
