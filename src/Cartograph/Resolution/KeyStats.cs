using Cartograph.Extraction;
using Cartograph.Graph;

namespace Cartograph.Resolution;

/// <summary>
/// Everything the graph needs to know about one entity key, summed over the documents folded so far.
/// There is one per key of a large corpus, so the usual case (one spelling, no alias) allocates
/// nothing beyond the object and its document list.
/// </summary>
internal sealed class KeyStats(EntityType type)
{
    private string? _label;
    private LabelStats _labelStats;
    private Dictionary<string, LabelStats>? _moreLabels;
    private HashSet<string>? _aliases;
    private EvidenceSet? _evidence;

    public EntityType Type { get; } = type;
    public List<string> Documents { get; } = [];
    public int Mentions { get; private set; }

    /// <summary>Each surface form used as a label: its mentions, and whether the lexicon gave it.</summary>
    public IEnumerable<KeyValuePair<string, LabelStats>> Labels
    {
        get
        {
            if (_label is not null) yield return new(_label, _labelStats);
            if (_moreLabels is not null) foreach (var l in _moreLabels) yield return l;
        }
    }

    /// <summary>The label when the key was only ever written one way, else null.</summary>
    public string? OnlyLabel => _moreLabels is null ? _label : null;

    public IEnumerable<string> Aliases => _aliases ?? Enumerable.Empty<string>();
    /// <summary>The quotes kept, or null when none.</summary>
    public EvidenceSet? Evidence => _evidence;

    public void Add(DocumentQuotes quotes, ExtractedEntity entity)
    {
        AddLabel(entity.Label, entity.Mentions.Count, entity.FromLexicon);
        if (entity.Aliases.Count > 0)
        {
            _aliases ??= new(StringComparer.Ordinal);
            foreach (var alias in entity.Aliases) _aliases.Add(alias);
        }
        Documents.Add(quotes.DocumentId);
        Mentions += entity.Mentions.Count;
        foreach (int s in entity.Mentions) GraphAccumulator.AddCapped(_evidence ??= new(), quotes, s);
    }

    private void AddLabel(string label, int mentions, bool fromLexicon)
    {
        if (_label is null || _label == label)
        {
            _label = label;
            _labelStats = new LabelStats(_labelStats.Mentions + mentions, _labelStats.FromLexicon || fromLexicon);
            return;
        }
        _moreLabels ??= new(StringComparer.Ordinal);
        var sum = _moreLabels.GetValueOrDefault(label);
        _moreLabels[label] = new LabelStats(sum.Mentions + mentions, sum.FromLexicon || fromLexicon);
    }
}

internal readonly record struct LabelStats(int Mentions, bool FromLexicon);
