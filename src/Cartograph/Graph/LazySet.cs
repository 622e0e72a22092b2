namespace Cartograph.Graph;

/// <summary>
/// Sets created on first use. Most edges of a large graph never get a quote and most nodes no alias,
/// and an empty set per edge and per list costs hundreds of MB and much GC time at millions of elements.
/// </summary>
internal static class LazySet
{
    /// <summary>The set in <paramref name="field"/>, created if missing (race-safe: concurrent first readers agree on one set).</summary>
    public static TSet Get<TSet>(ref TSet? field) where TSet : class, new() =>
        field ?? Interlocked.CompareExchange(ref field, new TSet(), null) ?? field;

    /// <summary>The set when it has elements, otherwise null; never creates one (for readers such as the writers).</summary>
    public static TSet? IfAny<TSet>(TSet? field) where TSet : class, IReadOnlyCollection<object> => field is { Count: > 0 } ? field : null;
}
