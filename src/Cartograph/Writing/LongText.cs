using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Cartograph.Writing;

/// <summary>
/// What keeps every value within what other tools read. Graphviz rejects a quoted string longer than 16,384 bytes
/// ("longer than 16384?"), and libxml2 (xmllint, and the many tools built on it) a text or attribute value over
/// 10,000,000 bytes unless told <c>--huge</c>. A name or quote from a partial graph can be any length, so the DOT and
/// GraphML writers cut a longer value, visibly; graph.json, which has no such limit, always keeps the full text.
/// </summary>
public static class LongText
{
    /// <summary>
    /// Characters of one DOT string at most: an escaped character takes up to 5 bytes (<c>&amp;</c> as <c>&amp;amp;</c>),
    /// so 3,000 characters stay under Graphviz's 16,384 bytes whatever they are.
    /// </summary>
    public const int MaxDotChars = 3_000;

    /// <summary>Characters of one GraphML value at most: an escaped character takes up to 6 bytes (<c>&amp;quot;</c>), under libxml2's 10 MB.</summary>
    public const int MaxXmlChars = 1_000_000;

    /// <summary>
    /// The text cut to <paramref name="max"/> characters, ending in "… [cut: N characters in all; full text in graph.json]"
    /// so a reader sees that it was cut; the text itself when it fits.
    /// </summary>
    public static ReadOnlySpan<char> Fit(ReadOnlySpan<char> text, int max)
    {
        if (text.Length <= max) return text;
        string note = string.Create(CultureInfo.InvariantCulture, $"… [cut: {text.Length:N0} characters in all; full text in graph.json]");
        int keep = Math.Max(0, max - note.Length);
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1])) keep--;
        return string.Concat(text[..keep], note);
    }

    /// <summary>
    /// An id cut to <paramref name="max"/> characters stays an id: what is kept is followed by a hash of the whole, so two
    /// long ids that share their start are still two nodes.
    /// </summary>
    public static ReadOnlySpan<char> FitId(ReadOnlySpan<char> id, int max)
    {
        if (id.Length <= max) return id;
        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(id.Length)];
        int n = Encoding.UTF8.GetBytes(id, bytes);
        string hash = "…#" + Convert.ToHexStringLower(SHA256.HashData(bytes.AsSpan(0, n)))[..16];
        int keep = max - hash.Length;
        if (char.IsHighSurrogate(id[keep - 1])) keep--;
        return string.Concat(id[..keep], hash);
    }

    /// <summary>
    /// Appends a list as one string (GraphML's aliases and documents): items joined by '|', and a '|' or '\' inside an
    /// item written as "\|" or "\\", so a document named "a|b" is one item, not two.
    /// </summary>
    internal static void AppendList(CharBuffer buffer, ReadOnlySpan<char> item)
    {
        while (true)
        {
            int special = item.IndexOfAny('|', '\\');
            if (special < 0)
            {
                buffer.Append(item);
                return;
            }
            buffer.Append(item[..special]).Append('\\').Append(item[special]);
            item = item[(special + 1)..];
        }
    }

    /// <summary>Whether an item needs <see cref="AppendList"/>'s escapes.</summary>
    internal static bool NeedsListEscape(ReadOnlySpan<char> item) => item.IndexOfAny('|', '\\') >= 0;
}
