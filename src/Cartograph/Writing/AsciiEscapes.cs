using System.Buffers;
using System.Text;

namespace Cartograph.Writing;

/// <summary>
/// One output format's escaping rule for ASCII characters, for <see cref="Utf8Sink.WriteText"/>: which
/// printable characters need replacing (searched for with vectorised <see cref="SearchValues{T}"/>) and
/// what tab, LF, CR and those characters become. Every other character is written as itself.
/// </summary>
internal sealed class AsciiEscapes
{
    private readonly byte[][] _replacements = new byte[128][];

    public AsciiEscapes(params (char Char, string Replacement)[] escapes)
    {
        for (int c = 0; c < 128; c++) _replacements[c] = [(byte)c];
        var specials = new List<char>();
        foreach (var (c, replacement) in escapes)
        {
            if (c >= 128) throw new ArgumentOutOfRangeException(nameof(escapes), "only ASCII characters can be escaped");
            _replacements[c] = Encoding.UTF8.GetBytes(replacement);
            if (c >= ' ' && c <= '~') specials.Add(c);
        }
        Specials = SearchValues.Create(specials.ToArray());
    }

    /// <summary>The printable ASCII characters that are replaced.</summary>
    public SearchValues<char> Specials { get; }

    public ReadOnlySpan<byte> Replacement(char c) => _replacements[c];
}
