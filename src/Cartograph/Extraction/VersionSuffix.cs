namespace Cartograph.Extraction;

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
