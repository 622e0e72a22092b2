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
        Index = new LexiconIndex(entries);
    }

    public static Lexicon Default => s_default.Value;

    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Lower-case everyday English words: a capitalised one is not a coined name.</summary>
    public IReadOnlySet<string> CommonWords { get; }

    public LexiconIndex Index { get; }

    /// <summary>The dictionary's everyday words (embedded everyday-words.txt), read on first use.</summary>
    public EverydayWords EverydayWords => _everyday.Value;

    private readonly Lazy<EverydayWords> _everyday = new(LoadEverydayWords);

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
