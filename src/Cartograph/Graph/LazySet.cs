namespace Cartograph.Graph;

/// <summary>
/// Sorted sets created on first use. Most edges of a large graph never get a quote, and an empty
/// <see cref="SortedSet{T}"/> per edge and per list costs hundreds of MB and much GC time at millions of elements.
/// </summary>
internal static class LazySet
{
    /// <summary>The set in <paramref name="field"/>, created if missing (race-safe: concurrent first readers agree on one set).</summary>
    public static SortedSet<T> Get<T>(ref SortedSet<T>? field, IComparer<T>? comparer = null) =>
        field ?? Interlocked.CompareExchange(ref field, new SortedSet<T>(comparer), null) ?? field;

    /// <summary>The set when it has elements, otherwise null; never creates one (for readers such as the writers).</summary>
    public static SortedSet<T>? IfAny<T>(SortedSet<T>? field) => field is { Count: > 0 } ? field : null;

    /// <summary>The quotes in <paramref name="field"/>, created if missing (race-safe like the sets).</summary>
    public static EvidenceSet Get(ref EvidenceSet? field) =>
        field ?? Interlocked.CompareExchange(ref field, new EvidenceSet(), null) ?? field;

    public static EvidenceSet? IfAny(EvidenceSet? field) => field is { Count: > 0 } ? field : null;

    public static SortedStrings Get(ref SortedStrings? field) =>
        field ?? Interlocked.CompareExchange(ref field, new SortedStrings(), null) ?? field;

    public static SortedStrings? IfAny(SortedStrings? field) => field is { Count: > 0 } ? field : null;
}
