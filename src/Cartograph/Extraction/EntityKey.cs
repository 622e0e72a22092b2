using System.Globalization;
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
    public static string Of(string surface)
    {
        var sb = new StringBuilder(surface.Length);
        bool space = false;
        int wordStart = 0;
        string s = surface.Normalize(NormalizationForm.FormKC);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    DropZeroMinorVersion(sb, wordStart);
                    // two numbers stay apart; every other word boundary is not part of the identity
                    if (char.IsDigit(c) && char.IsDigit(sb[^1])) sb.Append(' ');
                    wordStart = sb.Length;
                }
                sb.Append(char.ToLower(c, CultureInfo.InvariantCulture));
                space = false;
            }
            else if (c == '.' && i > 0 && i + 1 < s.Length && char.IsDigit(s[i - 1]) && char.IsDigit(s[i + 1]))
            {
                sb.Append('.');
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
        DropZeroMinorVersion(sb, wordStart);
        int last = sb.Length - 1;
        int wordLength = last - wordStart + 1;
        if (wordLength > 3 && sb[last] == 's' && sb[last - 1] != 's' && sb[last - 1] != 'u' && sb[last - 1] != 'i')
            sb.Length--;
        return sb.ToString();
    }

    /// <summary>"2.0" and "2.0.0" are version "2": drops trailing ".0" groups of the word just written ("2.10" stays).</summary>
    private static void DropZeroMinorVersion(StringBuilder sb, int wordStart)
    {
        while (sb.Length - wordStart >= 3 && sb[^1] == '0' && sb[^2] == '.' && char.IsDigit(sb[^3]))
            sb.Length -= 2;
    }
}
