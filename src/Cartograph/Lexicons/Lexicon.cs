using System.Reflection;
using Cartograph.Graph;

namespace Cartograph.Lexicons;

/// <summary>
/// The general-knowledge lexicons (techniques, organizations, products, domains) shipped as
/// embedded TSV files built by tools/lexicons/build_lexicons.py, plus the common-word lists
/// the discovery rules use to tell coined names from ordinary English.
/// Immutable once loaded and shared by every thread.
/// </summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> s_default = new(LoadEmbedded);

    public Lexicon(IReadOnlyList<LexiconEntry> entries, IReadOnlySet<string> commonWords)
    {
        Entries = entries;
        CommonWords = commonWords;
        Index = new LexiconIndex(entries, word => EverydayWords.Contains(word));
        _organizationNames = new(() => OrganizationNames(entries));
    }

    public static Lexicon Default => s_default.Value;

    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Lower-case everyday English words: a capitalised one is not a coined name.</summary>
    public IReadOnlySet<string> CommonWords { get; }

    public LexiconIndex Index { get; }

    /// <summary>The dictionary's everyday words (embedded everyday-words.txt), read on first use.</summary>
    public EverydayWords EverydayWords => _everyday.Value;

    private readonly Lazy<EverydayWords> _everyday = new(LoadEverydayWords);

    /// <summary>The organization one of whose capitalised names is exactly <paramref name="name"/>, or null.</summary>
    internal LexiconEntry? OrganizationNamed(ReadOnlySpan<char> name) =>
        _organizationNames.Value.TryGetValue(name, out var entry) ? entry : null;

    private readonly Lazy<Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>>> _organizationNames;

    private static Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> OrganizationNames(IReadOnlyList<LexiconEntry> entries)
    {
        var names = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (e.Type != EntityType.Organization) continue;
            if (char.IsUpper(e.Canonical[0])) names.TryAdd(e.Canonical, e);
            foreach (var alias in e.Aliases)
                if (alias.Length > 0 && char.IsUpper(alias[0])) names.TryAdd(alias, e);
        }
        return names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static EverydayWords LoadEverydayWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        using var reader = OpenResource("everyday-words.txt");
        if (reader is not null) LexiconFile.ReadWords(reader, words);
        return new EverydayWords(words);
    }

    public static Lexicon LoadEmbedded()
    {
        var entries = new List<LexiconEntry>();
        foreach (var type in EntityTypeNames.All)
        {
            if (type == EntityType.Paper) continue;
            string file = type switch
            {
                EntityType.Technique => "techniques.tsv",
                EntityType.Organization => "organizations.tsv",
                EntityType.Product => "products.tsv",
                _ => "domains.tsv",
            };
            using var reader = OpenResource(file);
            if (reader is not null) entries.AddRange(LexiconFile.Parse(reader, type));
        }
        var common = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = OpenResource("common-words.txt"))
        {
            if (reader is not null) LexiconFile.ReadWords(reader, common);
        }
        return new Lexicon(entries, common);
    }

    private static StreamReader? OpenResource(string file)
    {
        var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("Cartograph.Lexicons." + file);
        return stream is null ? null : new StreamReader(stream);
    }
}
