using Cartograph.Extraction.Text;
using Cartograph.Lexicons;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// "Gemini 2.0", "Claude 2.1", "OLMo 2": a version number after a known product names a generation of it, a product of
/// its own by the family's maker (GPT-4 is not GPT-3, and a map that folds them hides which one a text is about). Sizes
/// and checkpoint kinds stay forms of their generation (<see cref="VersionSuffix"/>). The lexicon keeps the families;
/// the generations it does not list are made here, one entry per family and version.
/// </summary>
internal static class ProductGenerations
{
    /// <summary>Words after a number that make it a quantity, not a version: "Gemini 10 times faster", "Llama 70 billion".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_units = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "times", "x", "percent", "billion", "million", "thousand", "trillion", "parameters", "params", "tokens", "points",
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "gb", "tb", "mb", "people", "users", "languages",
        "more", "less", "fewer", "other", "different", "new", "models", "versions",
    }.GetAlternateLookup<ReadOnlySpan<char>>();


    /// <summary>
    /// The end of a version number written after a name that ends before token <paramref name="end"/> ("2.0" in "Gemini
    /// 2.0 Flash"), or -1: a number of one or two digits with at most one decimal part, set off by a space, that is not a
    /// quantity or a list of numbers.
    /// </summary>
    public static int VersionEnd(string text, List<Token> tokens, int end)
    {
        if (end >= tokens.Count || tokens[end] is not { Kind: TokenKind.Number, Joined: false } t) return -1;
        var number = text.AsSpan(t.Start, t.Length);
        int dot = number.IndexOf('.');
        var whole = dot < 0 ? number : number[..dot];
        if (IsBitWidth(number)) return -1;
        if (whole.Length > 2 || number.Contains(',') || (dot >= 0 && (number.Length - dot - 1 is < 1 or > 1 || number[(dot + 1)..].Contains('.'))))
            return -1;
        if (end + 1 < tokens.Count)
        {
            var next = tokens[end + 1];
            if (next.Kind == TokenKind.Word && s_units.Contains(text.AsSpan(next.Start, next.Length))) return -1;
            if (next.Kind == TokenKind.Punct && text[next.Start] is '%' or ':' or '/' or '-' or '+') return -1;
            if (next.Kind == TokenKind.Number) return -1;
        }
        return end + 1;
    }

    /// <summary>"16", "32", "64" after a name are a bit width said of it ("TensorFlow 32" for TF32), not a generation.</summary>
    public static bool IsBitWidth(ReadOnlySpan<char> number) => number is "16" or "32" or "64";

    /// <summary>The generation <paramref name="version"/> of <paramref name="family"/>: made as a tier is, one entry per family and version.</summary>
    public static LexiconEntry Generation(LexiconEntry family, string version) => ProductTiers.Variant(family, version);
}
