using Cartograph.Lexicons;

namespace Cartograph.Extraction.Relations;

/// <summary>
/// A product or paper whose name opens with its maker's name says who made it: "Google Meet", "Samsung Galaxy Ring",
/// "DeepSeek-Coder-V2", "Meta AI". The text states the maker in the name itself, so the edge is the text's, not the
/// lexicon's (which would only know that Gemini is Google's).
/// </summary>
internal static class MakerInName
{
    /// <summary>How many words of a name's opening may be the maker's name ("Hugging Face Spaces", "Allen Institute for AI ...").</summary>
    private const int MaxMakerWords = 4;

    /// <summary>The organization whose name opens <paramref name="surface"/> (followed by more of the name), or null.</summary>
    public static LexiconEntry? Of(Lexicon lexicon, string surface, out string makerSurface)
    {
        makerSurface = "";
        if (surface.Length == 0 || !char.IsUpper(surface[0])) return null;
        int cut = 0;
        for (int words = 0; words < MaxMakerWords; words++)
        {
            int next = surface.AsSpan(cut).IndexOfAny(' ', '-');
            if (next < 0) return null;
            next += cut;
            // the rest must be more of the name, not a possessive or a dangling hyphen
            if (next + 1 >= surface.Length) return null;
            // "Meta-Llama": an everyday-word name hyphened onto another word may be a word of the name
            if (lexicon.OrganizationNamed(surface.AsSpan(0, next)) is { } maker
                && !(surface[next] == '-' && (maker.Flags & LexiconFlags.Capitalised) != 0))
            {
                makerSurface = surface[..next];
                return maker;
            }
            cut = next + 1;
        }
        return null;
    }
}
