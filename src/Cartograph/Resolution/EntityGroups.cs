using Cartograph.Extraction;
using Cartograph.Graph;

namespace Cartograph.Resolution;

/// <summary>
/// Union-find over the entities of all documents: two entities of one type are the same thing when
/// their labels or aliases share a key. Each group then chooses its label: the lexicon's canonical
/// name if it has one, else the form mentioned most (longest, then ordinal, on ties).
/// </summary>
internal sealed class EntityGroups
{
    private readonly List<(DocumentExtraction Doc, int Entity)> _members = [];
    private readonly Dictionary<(DocumentExtraction, int), int> _memberIndex = new();
    private readonly Dictionary<(EntityType, string), int> _byKey = new();
    private readonly List<int> _parent = [];
    private readonly Dictionary<int, Group> _groupOfRoot = new();

    public List<Group> All { get; } = [];

    public void Add(DocumentExtraction doc, int entity)
    {
        int m = _members.Count;
        _members.Add((doc, entity));
        _memberIndex[(doc, entity)] = m;
        _parent.Add(m);
        var e = doc.Entities[entity];
        Union(m, e.Type, e.Key);
        foreach (var alias in e.Aliases) Union(m, e.Type, EntityKey.Of(alias));
    }

    private void Union(int member, EntityType type, string key)
    {
        if (key.Length == 0) return;
        if (_byKey.TryGetValue((type, key), out int other))
        {
            int a = Find(member), b = Find(other);
            // the smaller index stays root so the result does not depend on hash order
            if (a != b) _parent[Math.Max(a, b)] = Math.Min(a, b);
        }
        else
        {
            _byKey[(type, key)] = member;
        }
    }

    private int Find(int m)
    {
        while (_parent[m] != m)
        {
            _parent[m] = _parent[_parent[m]];
            m = _parent[m];
        }
        return m;
    }

    public void Close()
    {
        var byRoot = new SortedDictionary<int, List<int>>();
        for (int m = 0; m < _members.Count; m++)
        {
            int r = Find(m);
            if (!byRoot.TryGetValue(r, out var list)) byRoot[r] = list = [];
            list.Add(m);
        }
        foreach (var (root, members) in byRoot)
        {
            var group = new Group(ChooseType(members), ChooseLabel(members), All.Count);
            All.Add(group);
            _groupOfRoot[root] = group;
        }
        All.Sort((a, b) => string.CompareOrdinal(NodeIds.For(a.Type, a.Label), NodeIds.For(b.Type, b.Label)));
        for (int i = 0; i < All.Count; i++) All[i].Ordinal = i;
    }

    public Group Of(DocumentExtraction doc, int entity) => _groupOfRoot[Find(_memberIndex[(doc, entity)])];

    private EntityType ChooseType(List<int> members)
    {
        var (d, e) = _members[members[0]];
        return d.Entities[e].Type;
    }

    private string ChooseLabel(List<int> members)
    {
        string? best = null;
        int bestCount = -1;
        bool bestLexicon = false;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (int m in members)
        {
            var (d, e) = _members[m];
            var entity = d.Entities[e];
            counts[entity.Label] = counts.GetValueOrDefault(entity.Label) + entity.Mentions.Count;
        }
        foreach (int m in members)
        {
            var (d, e) = _members[m];
            var entity = d.Entities[e];
            int count = counts[entity.Label];
            bool better = best is null
                || (entity.FromLexicon && !bestLexicon)
                || (entity.FromLexicon == bestLexicon && (count > bestCount
                    || (count == bestCount && (entity.Label.Length > best.Length
                        || (entity.Label.Length == best.Length && string.CompareOrdinal(entity.Label, best) < 0)))));
            if (better)
            {
                best = entity.Label;
                bestCount = count;
                bestLexicon = entity.FromLexicon;
            }
        }
        return best!;
    }

    internal sealed class Group(EntityType type, string label, int ordinal)
    {
        public EntityType Type { get; } = type;
        public string Label { get; } = label;
        public int Ordinal { get; set; } = ordinal;
        public string? NodeId { get; set; }
    }
}
