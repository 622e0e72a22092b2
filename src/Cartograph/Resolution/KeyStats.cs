using Cartograph.Extraction;
using Cartograph.Graph;

namespace Cartograph.Resolution;

/// <summary>Everything the graph needs to know about one entity key, summed over the documents folded so far.</summary>
internal sealed class KeyStats(EntityType type)
{
    public EntityType Type { get; } = type;

    /// <summary>Each surface form used as a label: its mentions, and whether the lexicon gave it.</summary>
    public Dictionary<string, LabelStats> Labels { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);
    public List<string> Documents { get; } = [];
    public int Mentions { get; private set; }
    public SortedSet<Evidence> Evidence { get; } = new();

    public void Add(DocumentExtraction doc, ExtractedEntity entity)
    {
        var label = Labels.GetValueOrDefault(entity.Label);
        Labels[entity.Label] = new LabelStats(label.Mentions + entity.Mentions.Count, label.FromLexicon || entity.FromLexicon);
        Aliases.UnionWith(entity.Aliases);
        Documents.Add(doc.DocumentId);
        Mentions += entity.Mentions.Count;
        foreach (int s in entity.Mentions) GraphAccumulator.AddCapped(Evidence, doc, s);
    }
}

internal readonly record struct LabelStats(int Mentions, bool FromLexicon);
