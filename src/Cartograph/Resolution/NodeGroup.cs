using Cartograph.Graph;

namespace Cartograph.Resolution;

/// <summary>
/// The keys that resolved to one thing, and the node they become. The label is the lexicon's
/// canonical name if one of the forms came from it, else the form mentioned most (longest, then
/// ordinal, on ties): decided from sums, so independent of the order documents were folded in.
/// </summary>
internal sealed class NodeGroup
{
    private NodeGroup(int root, List<KeyStats> members, string minKey)
    {
        _members = members;
        Root = root;
        Type = members[0].Type;
        Label = ChooseLabel(members);
        MinKey = minKey;
        BaseId = NodeId = NodeIds.For(Type, Label);
    }

    public int Root { get; }
    public EntityType Type { get; }
    public string Label { get; }
    /// <summary>The group's smallest key: an order-free tie-break when two groups slug to the same id.</summary>
    public string MinKey { get; }
    /// <summary>The id its label gives; <see cref="NodeId"/> differs only when another group has the same.</summary>
    public string BaseId { get; }
    public string NodeId { get; private set; }
    private readonly List<KeyStats> _members;

    public static List<NodeGroup> FromKeys(KeyGroups keys, Dictionary<int, KeyStats> stats)
    {
        var members = new Dictionary<int, List<(int Slot, KeyStats Stats)>>();
        foreach (var (slot, s) in stats)
        {
            int root = keys.Find(slot);
            if (!members.TryGetValue(root, out var list)) members[root] = list = [];
            list.Add((slot, s));
        }
        var groups = new List<NodeGroup>(members.Count);
        foreach (var (root, list) in members)
        {
            string minKey = keys.KeyOf(list[0].Slot);
            for (int k = 1; k < list.Count; k++)
                if (keys.KeyOf(list[k].Slot) is var key && string.CompareOrdinal(key, minKey) < 0) minKey = key;
            groups.Add(new NodeGroup(root, list.ConvertAll(m => m.Stats), minKey));
        }
        groups.Sort((a, b) =>
        {
            int c = string.CompareOrdinal(a.NodeId, b.NodeId);
            return c != 0 ? c : string.CompareOrdinal(a.MinKey, b.MinKey);
        });
        // two things whose labels slug alike keep apart: the later ones get their position as a suffix
        var taken = new HashSet<string>(groups.Select(g => g.NodeId), StringComparer.Ordinal);
        for (int i = 1; i < groups.Count; i++)
        {
            if (groups[i].BaseId != groups[i - 1].BaseId) continue;
            string id = groups[i].BaseId + "-" + i;
            while (!taken.Add(id)) id += "'";
            groups[i].NodeId = id;
        }
        return groups;
    }

    private static string ChooseLabel(List<KeyStats> members)
    {
        // most things are one key written one way: that spelling is the label, with nothing to tally
        if (members.Count == 1 && members[0].OnlyLabel is { } only) return only;
        var labels = new Dictionary<string, LabelStats>(StringComparer.Ordinal);
        foreach (var m in members)
            foreach (var (label, s) in m.Labels)
            {
                var sum = labels.GetValueOrDefault(label);
                labels[label] = new LabelStats(sum.Mentions + s.Mentions, sum.FromLexicon || s.FromLexicon);
            }
        string? best = null;
        LabelStats bestStats = default;
        foreach (var (label, s) in labels)
        {
            bool better = best is null
                || (s.FromLexicon && !bestStats.FromLexicon)
                || (s.FromLexicon == bestStats.FromLexicon && (s.Mentions > bestStats.Mentions
                    || (s.Mentions == bestStats.Mentions && (label.Length > best.Length
                        || (label.Length == best.Length && string.CompareOrdinal(label, best) < 0)))));
            if (better)
            {
                best = label;
                bestStats = s;
            }
        }
        return best!;
    }

    /// <summary>The node; with <paramref name="release"/>, it takes a member's quotes instead of copying them.</summary>
    public Node ToNode(bool release)
    {
        var node = new Node(NodeId, Label, Type);
        foreach (var m in _members)
        {
            node.Mentions += m.Mentions;
            foreach (var (label, _) in m.Labels) if (label != Label) node.Aliases.Add(label);
            foreach (var alias in m.Aliases) if (alias != Label) node.Aliases.Add(alias);
            if (m.Evidence is not { } evidence || (release && node.TryAdoptEvidence(evidence))) continue;
            foreach (var ev in evidence) GraphAccumulator.AddCapped(node.Evidence, ev);
        }
        // one member (the usual case) passes its list, whose known count sizes the union once
        node.Documents.UnionWith(_members.Count == 1 ? _members[0].Documents : _members.SelectMany(m => m.Documents));
        return node;
    }
}
