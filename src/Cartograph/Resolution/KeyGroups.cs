using Cartograph.Graph;

namespace Cartograph.Resolution;

/// <summary>
/// Union-find over entity keys: each (type, key) gets a slot, and a label and its aliases are
/// united. The partition it ends with is the same whatever order the unions came in; slot numbers
/// and roots are not, so nothing written out may depend on them.
/// </summary>
internal sealed class KeyGroups
{
    // a table per type, keyed by ordinal string: its hashing is the fast non-randomised one, where a (type, key)
    // tuple key went through the randomised string hash (3% of a dense corpus's build, on the folding thread)
    private readonly Dictionary<string, int>[] _slots =
        [.. Enum.GetValues<EntityType>().Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    private readonly List<string> _keys = [];
    private readonly List<int> _parent = [];

    public int Slot(EntityType type, string key)
    {
        var slots = _slots[(int)type];
        if (slots.TryGetValue(key, out int slot)) return slot;
        slot = _keys.Count;
        slots.Add(key, slot);
        _keys.Add(key);
        _parent.Add(slot);
        return slot;
    }

    public string KeyOf(int slot) => _keys[slot];

    public void Union(int a, int b)
    {
        a = Find(a);
        b = Find(b);
        if (a != b) _parent[Math.Max(a, b)] = Math.Min(a, b);
    }

    public int Find(int slot)
    {
        while (_parent[slot] != slot)
        {
            _parent[slot] = _parent[_parent[slot]];
            slot = _parent[slot];
        }
        return slot;
    }
}
