using Cartograph.Graph;

namespace Cartograph.Lexicons;

/// <summary>Parses the lexicon TSV format: <c>canonical TAB aliases(|) TAB flags(,) TAB maker</c>; '#' starts a comment.</summary>
public static class LexiconFile
{
    public static IEnumerable<LexiconEntry> Parse(TextReader reader, EntityType type)
    {
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            string canonical = cols[0].Trim();
            if (canonical.Length == 0) continue;
            var aliases = cols.Length > 1 && cols[1].Length > 0
                ? cols[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
            var flags = LexiconFlags.None;
            if (cols.Length > 2)
            {
                foreach (var f in cols[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    flags |= f switch
                    {
                        "cs" => LexiconFlags.CaseSensitive,
                        "cap" => LexiconFlags.Capitalised,
                        "weak" => LexiconFlags.Weak,
                        "broad" => LexiconFlags.Broad | LexiconFlags.Weak,
                        _ => LexiconFlags.None,
                    };
                }
            }
            string? maker = cols.Length > 3 && cols[3].Trim().Length > 0 ? cols[3].Trim() : null;
            yield return new LexiconEntry(canonical, type, aliases, flags, maker);
        }
    }

    public static void ReadWords(TextReader reader, ISet<string> into)
    {
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.StartsWith('#')) continue;
            foreach (var w in line.Split(' ', '\t'))
                if (w.Length > 0) into.Add(w.ToLowerInvariant());
        }
    }
}
