using System.Globalization;
using System.Reflection;

namespace Cartograph.Extraction.Attribution;

/// <summary>
/// A logistic model that decides whether a sentence attributes a technique or domain to a subject (uses_technique,
/// applied_to). Its weights are data, like the lexicons: Extraction/Data/attribution-model.tsv, learned from the
/// annotated development sets by tools/Cartograph.Training (see its README) and embedded in the assembly.
/// Scoring is a dot product in a fixed order, so the same input gives the same decision on every machine.
/// </summary>
internal sealed class AttributionModel
{
    private readonly float[] _weights;

    public AttributionModel(float[] weights, float threshold)
    {
        if (weights.Length != AttributionFeatures.Count)
            throw new ArgumentException($"expected {AttributionFeatures.Count} weights, got {weights.Length}", nameof(weights));
        _weights = weights;
        Threshold = threshold;
    }

    /// <summary>The probability from which a pair is attributed.</summary>
    public float Threshold { get; }

    public IReadOnlyList<float> Weights => _weights;

    private static readonly Lazy<AttributionModel> s_embedded = new(LoadEmbedded);

    public static AttributionModel Default => s_embedded.Value;

    public float Probability(ReadOnlySpan<float> features)
    {
        double z = 0;
        for (int i = 0; i < _weights.Length; i++) z += (double)_weights[i] * features[i];
        return (float)(1 / (1 + Math.Exp(-z)));
    }

    public bool Accepts(ReadOnlySpan<float> features) => Probability(features) >= Threshold;

    /// <summary>Reads "name TAB weight" lines; a "threshold TAB p" line sets the threshold. Unknown names are an error.</summary>
    public static AttributionModel Parse(TextReader reader)
    {
        var weights = new float[AttributionFeatures.Count];
        float threshold = 0.5f;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            if (parts.Length != 2) throw new FormatException($"attribution model: bad line '{line}'");
            float value = float.Parse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture);
            if (parts[0] == "threshold") { threshold = value; continue; }
            int index = Array.IndexOf(AttributionFeatures.Names, parts[0]);
            if (index < 0) throw new FormatException($"attribution model: unknown feature '{parts[0]}'");
            weights[index] = value;
        }
        return new AttributionModel(weights, threshold);
    }

    public void Write(TextWriter writer, string header)
    {
        foreach (var line in header.Split('\n')) writer.Write("# " + line + "\n");
        writer.Write("threshold\t" + Threshold.ToString("R", CultureInfo.InvariantCulture) + "\n");
        for (int i = 0; i < _weights.Length; i++)
            writer.Write(AttributionFeatures.Names[i] + "\t" + _weights[i].ToString("R", CultureInfo.InvariantCulture) + "\n");
    }

    private static AttributionModel LoadEmbedded()
    {
        using var stream = typeof(AttributionModel).Assembly.GetManifestResourceStream("Cartograph.Extraction.attribution-model.tsv")
            ?? throw new InvalidOperationException("the attribution model is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
