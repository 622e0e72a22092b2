using Cartograph.Graph;

namespace Cartograph.Extraction;

/// <summary>The entities of one document, one per (type, key), collecting their mentions and surface forms.</summary>
internal sealed class EntityTable
{
    private readonly DocumentExtraction _result;
    // keyed by the type (one char) followed by the entity key, looked up by span so a known entity costs no string
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public EntityTable(DocumentExtraction result)
    {
        _result = result;
        _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Add(EntityType type, string label, string surface, bool fromLexicon, int sentence)
    {
        Span<char> buffer = stackalloc char[256];
        buffer[0] = (char)type;
        int e;
        if (EntityKey.TryWrite(label, buffer[1..], out int n))
        {
            if (!_lookup.TryGetValue(buffer[..(n + 1)], out e))
                e = AddEntity(type, label, new string(buffer.Slice(1, n)), fromLexicon);
        }
        else
        {
            string key = EntityKey.Of(label);
            if (!_index.TryGetValue((char)type + key, out e)) e = AddEntity(type, label, key, fromLexicon);
        }
        var entity = _result.Entities[e];
        entity.Mentions.Add(sentence);
        if (!string.Equals(surface, entity.Label, StringComparison.OrdinalIgnoreCase)) entity.Aliases.Add(surface);
        return e;
    }

    private int AddEntity(EntityType type, string label, string key, bool fromLexicon)
    {
        int e = _result.Entities.Count;
        _result.Entities.Add(new ExtractedEntity(type, label, key, fromLexicon));
        _index.Add((char)type + key, e);
        return e;
    }

    public void AddAlias(int entity, string alias)
    {
        var e = _result.Entities[entity];
        if (!string.Equals(alias, e.Label, StringComparison.OrdinalIgnoreCase)) e.Aliases.Add(alias);
    }

    public void SetMaker(int entity, string maker) => _result.Entities[entity].Maker ??= maker;

    /// <summary>Drops aliases that only restate the label.</summary>
    public void Finish()
    {
        foreach (var e in _result.Entities) e.Aliases.Remove(e.Label);
    }
}
