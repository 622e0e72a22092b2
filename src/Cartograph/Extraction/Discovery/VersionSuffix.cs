using Cartograph.Extraction.Text;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// "Seedance 1.5" and "Seedance" are one thing, and so are "SeaLLM-13b", "Qwen2.5-VL-7B-Instruct" and their family:
/// strips a trailing version number, or a model size ("13b", "950M") or checkpoint kind ("Instruct", "Chat", "Base")
/// after a space or hyphen.
/// </summary>
public static class VersionSuffix
{
    private static readonly string[] s_checkpointKinds = ["Instruct", "Chat", "Base", "it", "hf"];

    public static bool TryStrip(string label, out string baseName)
    {
        baseName = label;
        int cut = label.LastIndexOfAny([' ', '-']);
        if (cut <= 0) return false;
        var tail = label.AsSpan(cut + 1);
        if (tail.Length == 0) return false;
        bool version = char.IsDigit(tail[0]) && label[cut] == ' ' && IsNumber(tail);
        if (!version && !IsModelSize(tail) && !IsCheckpointKind(tail)) return false;
        baseName = label[..cut];
        // "Qwen2.5-VL-7B-Instruct": a size may stand before the kind
        if (IsCheckpointKind(tail) && TryStrip(baseName, out var shorter) && !char.IsDigit(shorter[^1]) ) baseName = shorter;
        return baseName.Length >= 2;
    }

    /// <summary>
    /// Where a size or checkpoint suffix written onto a name ends: "-0.6B", "-7B-Instruct", "-1.48B" from the hyphen at
    /// token <paramref name="at"/>; -1 when no such suffix starts there. "Qwen3-0.6B" is then Qwen3 itself, while
    /// "Meta-learning" or "GPT-4" are other names.
    /// </summary>
    public static int SuffixEnd(string text, List<Token> tokens, int at)
    {
        int end = -1;
        Span<char> part = stackalloc char[24];
        while (at + 1 < tokens.Count && tokens[at] is { Kind: TokenKind.Punct, Joined: true } hyphen && text[hyphen.Start] == '-'
               && tokens[at + 1].Joined && tokens[at + 1].Kind != TokenKind.Punct)
        {
            // the joined tokens after the hyphen: "0.6" + "B", or "7B", or "Instruct"
            int k = at + 1, length = 0;
            while (k < tokens.Count && tokens[k].Joined && tokens[k].Kind != TokenKind.Punct && length + tokens[k].Length <= part.Length)
            {
                text.AsSpan(tokens[k].Start, tokens[k].Length).CopyTo(part[length..]);
                length += tokens[k].Length;
                k++;
            }
            if (k < tokens.Count && tokens[k].Joined && tokens[k].Kind != TokenKind.Punct) break;
            var tail = part[..length];
            if (!IsModelSize(tail) && !IsCheckpointKind(tail)) break;
            end = k;
            at = k;
        }
        return end;
    }

    private static bool IsNumber(ReadOnlySpan<char> tail)
    {
        foreach (char c in tail) if (!char.IsDigit(c) && c != '.') return false;
        return true;
    }

    /// <summary>"13b", "7B", "1.5B", "950M", "8x7B": digits and a size letter.</summary>
    private static bool IsModelSize(ReadOnlySpan<char> tail)
    {
        if (tail.Length < 2 || !char.IsDigit(tail[0]) || tail[^1] is not ('b' or 'B' or 'm' or 'M' or 'k' or 'K' or 't' or 'T')) return false;
        foreach (char c in tail[..^1]) if (!char.IsDigit(c) && c is not ('.' or 'x')) return false;
        return true;
    }

    private static bool IsCheckpointKind(ReadOnlySpan<char> tail)
    {
        foreach (var kind in s_checkpointKinds)
            if (tail.Equals(kind, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
