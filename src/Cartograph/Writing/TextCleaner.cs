using System.Text;

namespace Cartograph.Writing;

/// <summary>
/// Removes characters no output format can carry: XML 1.0 forbids C0 controls other than tab, LF
/// and CR, lone surrogates and U+FFFE/U+FFFF. Every writer applies the same rule so the formats agree.
/// </summary>
public static class TextCleaner
{
    /// <summary>Returns the input itself when it is already clean (the common case: no allocation).</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        int bad = FirstIllegal(text);
        if (bad < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, bad);
        for (int i = bad; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (IsLegalSingle(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>Whether <see cref="Clean"/> would return an empty string (for writers that must not write an empty value).</summary>
    internal static bool CleansToEmpty(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsLegalSingle(c)) return false;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) return false;
        }
        return true;
    }

    private static int FirstIllegal(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= 0x20 && c < 0xD800) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (!IsLegalSingle(c)) return i;
        }
        return -1;
    }

    private static bool IsLegalSingle(char c) =>
        c == '\t' || c == '\n' || c == '\r'
        || (c >= 0x20 && c < 0xD800)
        || (c >= 0xE000 && c <= 0xFFFD);
}
