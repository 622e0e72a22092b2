namespace Cartograph.Extraction;

/// <summary>"Seedance 1.5" and "Seedance" are one thing: strips a trailing version number.</summary>
public static class VersionSuffix
{
    public static bool TryStrip(string label, out string baseName)
    {
        baseName = label;
        int space = label.LastIndexOf(' ');
        if (space <= 0) return false;
        var tail = label.AsSpan(space + 1);
        if (tail.Length == 0 || !char.IsDigit(tail[0])) return false;
        foreach (char c in tail) if (!char.IsDigit(c) && c != '.') return false;
        baseName = label[..space];
        return true;
    }
}
