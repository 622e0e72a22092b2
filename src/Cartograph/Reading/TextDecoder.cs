using System.Text;
using System.Text.Unicode;

namespace Cartograph.Reading;

/// <summary>Result of <see cref="TextDecoder.Decode"/>: either <see cref="Text"/> or <see cref="Problem"/>.</summary>
public sealed class DecodedText
{
    internal DecodedText(string? text, string encoding, string? problem, IReadOnlyList<string> warnings, int repairedPlaces)
    {
        Text = text;
        Encoding = encoding;
        Problem = problem;
        Warnings = warnings;
        RepairedPlaces = repairedPlaces;
    }

    /// <summary>Decoded text: BOM stripped, double-encoded UTF-8 repaired, newlines normalised to "\n".</summary>
    public string? Text { get; }

    /// <summary>"UTF-8", "UTF-8 BOM", "UTF-16 LE", "UTF-16 BE", "UTF-32 LE", "UTF-32 BE", "Windows-1252" (or "binary").</summary>
    public string Encoding { get; }

    public string? Problem { get; }
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Number of places where double- (or triple-) encoded UTF-8 was repaired.</summary>
    public int RepairedPlaces { get; }

    public bool Succeeded => Text is not null;
}

/// <summary>
/// Bytes to text. Order: BOM sniffing (UTF-8, UTF-32 LE/BE, UTF-16 LE/BE) → binary detection (first 8 KB, not for UTF-16)
/// → strict UTF-8, else Windows-1252 → strip a leading U+FEFF → mojibake repair → newline normalisation.
/// Pure and thread-safe.
/// </summary>
public static class TextDecoder
{
    /// <summary>How many leading bytes are inspected for binary content.</summary>
    public const int BinaryProbeBytes = 8192;

    private const int MaxRepairPasses = 4;

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var warnings = new List<string>();
        string text;
        string encoding;

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            var body = bytes[3..];
            if (Utf8.IsValid(body))
            {
                text = System.Text.Encoding.UTF8.GetString(body);
                encoding = "UTF-8 BOM";
            }
            else
            {
                // A UTF-8 BOM but broken bytes: keep the valid parts, mark the rest with U+FFFD.
                text = System.Text.Encoding.UTF8.GetString(body);
                encoding = "UTF-8 BOM";
                warnings.Add("invalid UTF-8 sequences after a UTF-8 BOM were replaced with U+FFFD");
            }
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            // before UTF-16 LE, whose byte-order mark is the first half of this one
            text = DecodeUtf32(bytes[4..], bigEndian: false, warnings);
            encoding = "UTF-32 LE";
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            text = DecodeUtf32(bytes[4..], bigEndian: true, warnings);
            encoding = "UTF-32 BE";
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = DecodeUtf16(bytes[2..], bigEndian: false, warnings);
            encoding = "UTF-16 LE";
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = DecodeUtf16(bytes[2..], bigEndian: true, warnings);
            encoding = "UTF-16 BE";
        }
        else if (LooksLikeBomlessUtf16(bytes, out var bigEndian))
        {
            text = DecodeUtf16(bytes, bigEndian, warnings);
            encoding = bigEndian ? "UTF-16 BE" : "UTF-16 LE";
            warnings.Add($"{ReadWarnings.Utf16WithoutBom} ({encoding}, guessed from the zero bytes)");
        }
        else
        {
            var binary = DetectBinary(bytes);
            if (binary is not null)
                return new DecodedText(null, "binary", binary, warnings, 0);
            if (Utf8.IsValid(bytes))
            {
                text = System.Text.Encoding.UTF8.GetString(bytes);
                encoding = "UTF-8";
            }
            else
            {
                text = Windows1252.GetString(bytes);
                encoding = "Windows-1252";
                warnings.Add($"{ReadWarnings.Windows1252} (not valid UTF-8)");
            }
        }

        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];

        text = RepairMojibake(text, out var places);
        if (places > 0)
            warnings.Add($"{ReadWarnings.RepairedDoubleEncoding} in {places} place{(places == 1 ? "" : "s")}");

        text = NormalizeNewlines(text);
        return new DecodedText(text, encoding, null, warnings, places);
    }

    /// <summary>CRLF and lone CR become LF. Returns the same instance when there is no CR.</summary>
    public static string NormalizeNewlines(string text)
    {
        if (text.IndexOf('\r') < 0) return text;
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    /// <summary>
    /// Returns a message if the bytes look binary: a NUL byte, or more than 10% control characters
    /// (other than tab, LF, VT, FF, CR; DEL counts) in the first <see cref="BinaryProbeBytes"/> bytes.
    /// </summary>
    public static string? DetectBinary(ReadOnlySpan<byte> bytes)
    {
        var probe = bytes[..Math.Min(bytes.Length, BinaryProbeBytes)];
        var nul = probe.IndexOf((byte)0);
        if (nul >= 0) return $"binary file (NUL byte at offset {nul})";
        // text has none of these bytes: one vectorised search answers for it
        if (probe.IndexOfAny(s_controlBytes) < 0) return null;
        var controls = 0;
        foreach (var b in probe)
            if (s_controlBytes.Contains(b)) controls++;
        if (controls * 10 > probe.Length)
            return $"binary file ({controls} control bytes in the first {probe.Length} bytes)";
        return null;
    }

    /// <summary>The bytes <see cref="DetectBinary"/> counts as control characters.</summary>
    private static readonly System.Buffers.SearchValues<byte> s_controlBytes = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(b => b is not ('\t' or '\n' or '\r' or 0x0B or 0x0C)).Select(b => (byte)b), (byte)0x7F]);

    /// <summary>
    /// Repairs UTF-8 that was decoded as Windows-1252/Latin-1 and re-encoded (possibly more than once):
    /// "Ã‚Â²" → "Â²" → "²", "â€™" → "’", "Ã©" → "é". A candidate is a UTF-8 lead char (Â..ô, U+00C2-U+00F4)
    /// followed by the right number of chars whose 1252 bytes are continuation bytes (0x80-0xBF); it is replaced
    /// only if those bytes decode as one valid, non-control UTF-8 scalar. Genuine text ("café", "Ãlvaro", "naïve")
    /// has no such sequences and is untouched. Passes repeat until stable (at most 4).
    /// <paramref name="places"/> counts contiguous repaired stretches in the original text.
    /// </summary>
    public static string RepairMojibake(string text, out int places)
    {
        places = 0;
        if (!MayContainMojibake(text)) return text;
        for (var pass = 0; pass < MaxRepairPasses; pass++)
        {
            var repaired = RepairPass(text, out var passPlaces);
            if (repaired is null) break;
            if (pass == 0) places = passPlaces;
            text = repaired;
        }
        return text;
    }

    private static bool MayContainMojibake(string text) => text.AsSpan().IndexOfAnyInRange('\u00C2', '\u00F4') >= 0;

    private static string? RepairPass(string s, out int places)
    {
        places = 0;
        StringBuilder? sb = null;
        var copied = 0;
        var lastEnd = -1;
        Span<byte> buf = stackalloc byte[4];
        Span<char> utf16 = stackalloc char[2];
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is < '\u00C2' or > '\u00F4') continue;
            var n = c < '\u00E0' ? 2 : c < '\u00F0' ? 3 : 4;
            if (i + n > s.Length) continue;
            buf[0] = (byte)c;
            var ok = true;
            for (var k = 1; k < n; k++)
            {
                var b = Windows1252.ToByte(s[i + k]);
                if (b is < 0x80 or > 0xBF) { ok = false; break; }
                buf[k] = (byte)b;
            }
            if (!ok) continue;
            if (Rune.DecodeFromUtf8(buf[..n], out var rune, out var consumed) != System.Buffers.OperationStatus.Done || consumed != n)
                continue;
            if (Rune.IsControl(rune)) continue;

            sb ??= new StringBuilder(s.Length);
            sb.Append(s, copied, i - copied);
            var written = rune.EncodeToUtf16(utf16);
            sb.Append(utf16[..written]);
            if (i != lastEnd) places++;
            copied = i + n;
            lastEnd = copied;
            i += n - 1;
        }
        if (sb is null) return null;
        sb.Append(s, copied, s.Length - copied);
        return sb.ToString();
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, List<string> warnings)
    {
        if (bytes.Length % 2 != 0)
        {
            warnings.Add("UTF-16 text has an odd number of bytes; the last byte was ignored");
            bytes = bytes[..^1];
        }
        var encoding = bigEndian ? System.Text.Encoding.BigEndianUnicode : System.Text.Encoding.Unicode;
        var text = encoding.GetString(bytes);
        if (text.Contains('\uFFFD') && !HasEncodedReplacementChar(bytes, bigEndian))
            warnings.Add("invalid UTF-16 (unpaired surrogates) replaced with U+FFFD");
        return text;
    }

    private static string DecodeUtf32(ReadOnlySpan<byte> bytes, bool bigEndian, List<string> warnings)
    {
        if (bytes.Length % 4 != 0)
        {
            warnings.Add($"UTF-32 text has {bytes.Length % 4} byte(s) past its last character; they were ignored");
            bytes = bytes[..(bytes.Length - bytes.Length % 4)];
        }
        var text = new UTF32Encoding(bigEndian, byteOrderMark: false, throwOnInvalidCharacters: false).GetString(bytes);
        if (text.Contains('\uFFFD'))
            warnings.Add("invalid UTF-32 (values that are not characters) replaced with U+FFFD");
        return text;
    }

    private static bool HasEncodedReplacementChar(ReadOnlySpan<byte> bytes, bool bigEndian) =>
        bytes.IndexOf(bigEndian ? (ReadOnlySpan<byte>)[0xFF, 0xFD] : [0xFD, 0xFF]) >= 0;

    /// <summary>UTF-16 without BOM, mostly ASCII: every other byte of the probe is zero and the others are not.</summary>
    private static bool LooksLikeBomlessUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var probe = bytes[..Math.Min(bytes.Length, BinaryProbeBytes)];
        if (probe.Length < 4 || probe.Length % 2 != 0) return false;
        // every other byte zero: without a single zero byte (all text but UTF-16) it cannot be
        if (probe.IndexOf((byte)0) < 0) return false;
        int evenZero = 0, oddZero = 0;
        for (var i = 0; i < probe.Length; i += 2)
        {
            if (probe[i] == 0) evenZero++;
            if (probe[i + 1] == 0) oddZero++;
        }
        var pairs = probe.Length / 2;
        if (oddZero == pairs && evenZero == 0) { bigEndian = false; return true; }
        if (evenZero == pairs && oddZero == 0) { bigEndian = true; return true; }
        return false;
    }
}
