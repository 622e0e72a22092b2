using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cartograph.Training;

/// <summary>
/// One annotated development set: its texts, its genre and its gold (kg-gold/1), with the scorer's name matching
/// (../shared/eval/score.py: type or 'also' type, normalised label or alias) to label candidate pairs.
/// </summary>
internal sealed partial class GoldSet
{
    private readonly Dictionary<(string Type, string Name), List<string>> _index = [];
    private readonly HashSet<(string Source, string Relation, string Target)> _relations = [];

    public GoldSet(string name, string genre, string texts, string goldFile)
    {
        Name = name;
        Genre = genre;
        Texts = texts;
        GoldFile = goldFile;
        using var json = JsonDocument.Parse(File.ReadAllBytes(goldFile));
        foreach (var e in json.RootElement.GetProperty("entities").EnumerateArray())
        {
            string id = e.GetProperty("id").GetString()!;
            var types = new List<string> { e.GetProperty("type").GetString()! };
            if (e.TryGetProperty("also", out var also)) types.AddRange(also.EnumerateArray().Select(t => t.GetString()!));
            var names = new List<string> { e.GetProperty("name").GetString()! };
            if (e.TryGetProperty("aliases", out var aliases)) names.AddRange(aliases.EnumerateArray().Select(a => a.GetString()!));
            foreach (var type in types)
                foreach (var n in names.Select(Normalise).Where(n => n.Length > 0).Distinct())
                {
                    if (!_index.TryGetValue((type, n), out var ids)) _index[(type, n)] = ids = [];
                    if (!ids.Contains(id)) ids.Add(id);
                }
        }
        foreach (var r in json.RootElement.GetProperty("relations").EnumerateArray())
        {
            var parts = r.EnumerateArray().Select(p => p.GetString()!).ToArray();
            _relations.Add((parts[0], parts[1], parts[2]));
            if (parts[1] == "competes_with") _relations.Add((parts[2], parts[1], parts[0]));
        }
    }

    public string Name { get; }
    public string Genre { get; }
    public string Texts { get; }
    public string GoldFile { get; }

    /// <summary>The gold ids a node of this type and these names matches.</summary>
    public IReadOnlyList<string> Match(string type, IEnumerable<string> names)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var n in names)
            if (_index.TryGetValue((type, Normalise(n)), out var found)) ids.UnionWith(found);
        return [.. ids];
    }

    public bool Holds(IReadOnlyList<string> sources, string relation, IReadOnlyList<string> targets)
    {
        foreach (var s in sources)
            foreach (var t in targets)
                if (_relations.Contains((s, relation, t))) return true;
        return false;
    }

    /// <summary>score.py's norm(): NFKC, lower case, hyphens as spaces, punctuation but decimals dropped, last word singular.</summary>
    public static string Normalise(string s)
    {
        s = s.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Replace('\u2019', '\'');
        s = Separators().Replace(s, " ");
        s = Punctuation().Replace(s, "");
        s = LooseDots().Replace(s, " ");
        var words = s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && words[^1].Length > 3 && words[^1].EndsWith('s') && !words[^1].EndsWith("ss", StringComparison.Ordinal))
            words[^1] = words[^1][..^1];
        return string.Join(' ', words);
    }

    [GeneratedRegex(@"[-_/]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"[^\w\s.]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"(?<!\d)\.|\.(?!\d)")]
    private static partial Regex LooseDots();

    public static string Invariant(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
