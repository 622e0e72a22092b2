using Cartograph.Graph;

namespace Cartograph.Extraction;

/// <summary>The entities of one document, one per (type, key), collecting their mentions and surface forms.</summary>
internal sealed class EntityTable
{
    private readonly DocumentExtraction _result;
    private readonly Dictionary<(EntityType, string), int> _index = [];

    public EntityTable(DocumentExtraction result) => _result = result;

    public int Add(EntityType type, string label, string surface, bool fromLexicon, int sentence)
    {
        string key = EntityKey.Of(label);
        if (!_index.TryGetValue((type, key), out int e))
        {
            e = _result.Entities.Count;
            _result.Entities.Add(new ExtractedEntity(type, label, key, fromLexicon));
            _index.Add((type, key), e);
        }
        var entity = _result.Entities[e];
        entity.Mentions.Add(sentence);
        if (!string.Equals(surface, entity.Label, StringComparison.OrdinalIgnoreCase)) entity.Aliases.Add(surface);
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
