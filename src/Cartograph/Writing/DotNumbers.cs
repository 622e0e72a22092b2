using System.Globalization;
using System.Text;

namespace Cartograph.Writing;

/// <summary>
/// The DOT writer's computed sizes, formatted "0.##" (invariant). They depend only on a node's mentions or
/// an edge's weight, which are small integers nearly always, so the formatted bytes are cached per value.
/// </summary>
internal static class DotNumbers
{
    private const int Cached = 1024;
    private const string Format = "0.##";

    private static readonly byte[][] s_fontSizes = Table(m => Math.Min(40, 10 + 2 * Scale(m)));
    private static readonly byte[][] s_widths = Table(m => Math.Min(4, 0.3 + 0.08 * Scale(m)));
    private static readonly byte[][] s_penWidths = Table(PenWidthOf);

    public static void WriteFontSize(Utf8Sink sink, int mentions) => Write(sink, s_fontSizes, mentions, m => Math.Min(40, 10 + 2 * Scale(m)));

    public static void WriteWidth(Utf8Sink sink, int mentions) => Write(sink, s_widths, mentions, m => Math.Min(4, 0.3 + 0.08 * Scale(m)));

    public static void WritePenWidth(Utf8Sink sink, int weight) => Write(sink, s_penWidths, weight, PenWidthOf);

    private static double Scale(int mentions) => Math.Sqrt(Math.Max(0, mentions));

    private static double PenWidthOf(int weight) => Math.Min(4, 0.6 + 0.4 * Math.Log2(weight));

    private static void Write(Utf8Sink sink, byte[][] table, int value, Func<int, double> compute)
    {
        if (value >= 0 && value < Cached) sink.Write(table[value]);
        else sink.WriteDouble(compute(value), Format);
    }

    private static byte[][] Table(Func<int, double> compute)
    {
        var table = new byte[Cached][];
        for (int i = 0; i < Cached; i++) table[i] = Encoding.UTF8.GetBytes(compute(i).ToString(Format, CultureInfo.InvariantCulture));
        return table;
    }
}
