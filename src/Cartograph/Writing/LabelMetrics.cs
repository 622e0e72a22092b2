using System.Globalization;
using System.Text;

namespace Cartograph.Writing;

/// <summary>
/// How wide a label is drawn, estimated from character classes so the map's layout needs no font on the machine
/// and comes out the same everywhere. The widths are those of DejaVu Sans, which is what "Helvetica" resolves
/// to on Debian and is wider than Helvetica or Arial: a label is never wider than its estimate, so nodes sized
/// from it hold their text.
/// </summary>
internal static class LabelMetrics
{
    /// <summary>The width of <paramref name="text"/> in points at <paramref name="fontSize"/> (its longest line).</summary>
    public static double Width(ReadOnlySpan<char> text, double fontSize)
    {
        double widest = 0, line = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n')
            {
                widest = Math.Max(widest, line);
                line = 0;
                continue;
            }
            line += Em(rune);
        }
        return Math.Max(widest, line) * fontSize;
    }

    // widths in em, by class: narrow strokes, round lower case, capitals, the widest letters, then other scripts
    private static double Em(Rune rune)
    {
        int c = rune.Value;
        if (c < 0x80)
        {
            char ch = (char)c;
            if ("iljI.,:;'|!".Contains(ch)) return 0.32;
            if ("frt -()[]/\"".Contains(ch)) return 0.42;
            if ("mwMW@%".Contains(ch)) return 1.0;
            if (ch is >= 'A' and <= 'Z') return 0.78;
            return 0.64;
        }
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format => 0,
            // CJK, Hangul, kana and full-width forms take a full em
            _ when c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
                or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x1F300 => 1.05,
            _ => 0.8,
        };
    }
}
