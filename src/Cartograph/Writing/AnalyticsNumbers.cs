namespace Cartograph.Writing;

/// <summary>How the writers print the analytics' one fractional number.</summary>
internal static class AnalyticsNumbers
{
    /// <summary>
    /// Six significant digits (e.g. 0.0123457, 1.23457E-06): enough to order any two nodes a reader would compare,
    /// and short of the last bits, where a different CPU's floating-point could round otherwise.
    /// </summary>
    public const string PageRankFormat = "G6";

    /// <summary>A whole number (the 1 of a one-node graph) keeps a ".0", so JSON readers still see a float.</summary>
    public static void WritePageRank(Utf8Sink sink, double value)
    {
        if (!double.IsFinite(value)) value = 0;
        sink.WriteDouble(value, value == Math.Floor(value) ? "0.0" : PageRankFormat);
    }
}
