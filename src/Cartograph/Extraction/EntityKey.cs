using System.Globalization;
using System.Text;

namespace Cartograph.Extraction;

/// <summary>
/// The normalised identity of a surface form: case, hyphens, punctuation and a final plural "s"
/// do not make a different thing ("Diffusion Transformers" = "diffusion-transformer").
/// </summary>
public static class EntityKey
{
    private const int StackLimit = 256;

    public static string Of(string surface)
    {
        string s = Normalized(surface);
        Span<char> buffer = s.Length <= StackLimit ? stackalloc char[StackLimit] : new char[s.Length];
        int n = Write(s, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>
    /// Writes the key of <paramref name="surface"/> into <paramref name="destination"/> without allocating
    /// (for ASCII surfaces); false when it does not fit.
    /// </summary>
    public static bool TryWrite(string surface, Span<char> destination, out int length)
    {
        length = 0;
        if (Ascii.IsValid(surface))
        {
            if (surface.Length > destination.Length) return false;
            length = WriteAscii(surface, destination);
            return true;
        }
        string s = surface.Normalize(NormalizationForm.FormKC);
        if (s.Length > destination.Length) return false;
        length = Write(s, destination);
        return true;
    }

    /// <summary>NFKC form; plain ASCII is already normalised.</summary>
    private static string Normalized(string surface) =>
        Ascii.IsValid(surface) ? surface : surface.Normalize(NormalizationForm.FormKC);

    /// <summary><see cref="Write"/> for plain ASCII, where letters, digits and lower case need no tables.</summary>
    private static int WriteAscii(string s, Span<char> sb)
    {
        int n = 0;
        bool space = false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (space && n > 0) sb[n++] = ' ';
                sb[n++] = char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c;
                space = false;
            }
            else if (c == '.' && i > 0 && i + 1 < s.Length && char.IsAsciiDigit(s[i - 1]) && char.IsAsciiDigit(s[i + 1]))
            {
                sb[n++] = '.';
            }
            else if (c == '\'' && i > 0 && char.IsAsciiLetter(s[i - 1]) && i + 1 < s.Length && char.IsAsciiLetter(s[i + 1]))
            {
                // "don't" stays one word
            }
            else
            {
                space = true;
            }
        }
        return DropPlural(sb, n);
    }

    /// <summary>The key of a normalised form; never longer than it.</summary>
    private static int Write(string s, Span<char> sb)
    {
        int n = 0;
        bool space = false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsLetterOrDigit(c))
            {
                if (space && n > 0) sb[n++] = ' ';
                sb[n++] = char.ToLower(c, CultureInfo.InvariantCulture);
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
        return DropPlural(sb, n);
    }

    /// <summary>Drops a final plural "s" of the last word: the key's length.</summary>
    private static int DropPlural(Span<char> sb, int n)
    {
        int last = n - 1;
        int wordStart = last;
        while (wordStart > 0 && sb[wordStart - 1] != ' ') wordStart--;
        int wordLength = last - wordStart + 1;
        if (wordLength > 3 && sb[last] == 's' && sb[last - 1] != 's' && sb[last - 1] != 'u' && sb[last - 1] != 'i')
            n--;
        return n;
    }
}
