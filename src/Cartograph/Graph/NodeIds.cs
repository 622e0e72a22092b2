using System.Text;

namespace Cartograph.Graph;

/// <summary>Stable node ids: <c>type:slug</c>, the slug being the label lower-cased with runs of non-alphanumerics as '-'.</summary>
public static class NodeIds
{
    public static string For(EntityType type, string label) => type.Name() + ":" + Slug(label);

    public static string Slug(string label)
    {
        var sb = new StringBuilder(label.Length);
        bool dash = false;
        foreach (char ch in label.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (dash && sb.Length > 0) sb.Append('-');
                sb.Append(char.ToLowerInvariant(ch));
                dash = false;
            }
            else if (ch == '.' && sb.Length > 0 && char.IsDigit(sb[^1]))
            {
                // keep version numbers readable: "Seedance 1.5" -> seedance-1.5
                sb.Append('.');
                dash = false;
            }
            else
            {
                dash = true;
            }
        }
        if (sb.Length > 0 && sb[^1] == '.') sb.Length--;
        return sb.Length == 0 ? "unnamed" : sb.ToString();
    }
}
