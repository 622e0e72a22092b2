using System.Globalization;
using System.Text;

namespace Cartograph.Extraction;

/// <summary>
/// The normalised identity of a surface form: case, hyphens, punctuation and a final plural "s"
/// do not make a different thing ("Diffusion Transformers" = "diffusion-transformer").
/// </summary>
public static class EntityKey
{
    public static string Of(string surface)
    {
        var sb = new StringBuilder(surface.Length);
        bool space = false;
        string s = surface.Normalize(NormalizationForm.FormKC);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
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
        int last = sb.Length - 1;
        int wordStart = last;
        while (wordStart > 0 && sb[wordStart - 1] != ' ') wordStart--;
        int wordLength = last - wordStart + 1;
        if (wordLength > 3 && sb[last] == 's' && sb[last - 1] != 's' && sb[last - 1] != 'u' && sb[last - 1] != 'i')
            sb.Length--;
        return sb.ToString();
    }
}
