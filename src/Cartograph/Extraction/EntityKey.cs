using System.Text;

namespace Cartograph.Extraction;

/// <summary>
/// The normalised identity of a surface form: case, hyphens, spaces, punctuation, a final plural "s"
/// and a zero minor version do not make a different thing ("Diffusion Transformers" = "diffusion-transformer",
/// "Wave-Glider" = "WaveGlider", "MiniLoom 2.0" = "MiniLoom 2"). Words are joined without a separator,
/// except between two numbers ("Llama 3 8B" keeps "3 8b" apart).
/// </summary>
public static class EntityKey
{
    private const int StackLimit = 256;

    public static string Of(string surface)
    {
        string s = Normalized(surface);
        Span<char> buffer = s.Length <= StackLimit ? stackalloc char[StackLimit] : new char[s.Length + 1];
        int n = Write(s, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>
    /// Writes the key of <paramref name="surface"/> into <paramref name="destination"/> without allocating
    /// (for ASCII surfaces); false when it does not fit.
    /// </summary>
    public static bool TryWrite(string surface, Span<char> destination, out int length)
    {
        string s = Normalized(surface);
        length = 0;
        // a key is never longer than its form, plus one separator between two numbers per word boundary at most
        if (s.Length + 1 > destination.Length) return false;
        length = Write(s, destination);
        return true;
    }

    /// <summary>
    /// The key of <paramref name="surface"/>, written into <paramref name="buffer"/> when it fits (a caller's stack
    /// buffer, so a look-up allocates nothing), else a new string.
    /// </summary>
    public static ReadOnlySpan<char> Of(string surface, Span<char> buffer) =>
        TryWrite(surface, buffer, out int length) ? buffer[..length] : Of(surface);

    /// <summary>NFKC form; plain ASCII is already normalised.</summary>
    private static string Normalized(string surface) =>
        Ascii.IsValid(surface) ? surface : surface.Normalize(NormalizationForm.FormKC);

    /// <summary>The key of a normalised form, written into <paramref name="sb"/>; returns its length.</summary>
    private static int Write(string s, Span<char> sb)
    {
        int n = 0;
        bool space = false;
        int wordStart = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c))
            {
                if (space && n > 0)
                {
                    n = DropZeroMinorVersion(sb, n, wordStart);
                    // two numbers stay apart; every other word boundary is not part of the identity
                    if (char.IsDigit(c) && char.IsDigit(sb[n - 1])) sb[n++] = ' ';
                    wordStart = n;
                }
                sb[n++] = c < 128 ? (char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c) : char.ToLowerInvariant(c);
                space = false;
            }
            else if (c == '.' && i > 0 && i + 1 < s.Length && char.IsDigit(s[i - 1]) && char.IsDigit(s[i + 1]))
            {
                sb[n++] = '.';
            }
            else if (c is '\'' or '\u2019' && i > 0 && char.IsLetter(s[i - 1]) && i + 1 < s.Length && char.IsLetter(s[i + 1]))
            {
                // "don't" stays one word
            }
            else
            {
                space = true;
            }
        }
        n = DropZeroMinorVersion(sb, n, wordStart);
        int last = n - 1;
        int wordLength = last - wordStart + 1;
        if (wordLength > 3 && sb[last] == 's' && sb[last - 1] != 's' && sb[last - 1] != 'u' && sb[last - 1] != 'i')
            n--;
        return n;
    }

    /// <summary>"2.0" and "2.0.0" are version "2": drops trailing ".0" groups of the word just written ("2.10" stays).</summary>
    private static int DropZeroMinorVersion(Span<char> sb, int n, int wordStart)
    {
        while (n - wordStart >= 3 && sb[n - 1] == '0' && sb[n - 2] == '.' && char.IsDigit(sb[n - 3]))
            n -= 2;
        return n;
    }
}
