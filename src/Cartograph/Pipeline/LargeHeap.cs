namespace Cartograph.Pipeline;

/// <summary>
/// A full, compacting collection between the stages of a large build. The server GC leaves the
/// extraction's garbage, the accumulator's released statistics and the sort's scratch arrays in the
/// heap for a long while, so the next stage (building the graph, sorting it, the writers' buffers) grew
/// the process instead of reusing that memory. On the 1 GB corpus, collections before and after building
/// the graph took the peak working set from 2.75 to 2.49 GB (about 4 s), and one more before sorting
/// from 1.80 to 1.70 GB (no measurable time). Small builds skip it, where it would only cost time.
/// </summary>
internal static class LargeHeap
{
    private const long Threshold = 512L << 20;

    public static void Compact()
    {
        if (GC.GetTotalMemory(forceFullCollection: false) < Threshold) return;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
