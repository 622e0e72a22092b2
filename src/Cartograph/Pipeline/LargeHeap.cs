namespace Cartograph.Pipeline;

/// <summary>
/// A full, compacting collection between the stages of a large build. The server GC leaves the
/// extraction's garbage and the accumulator's released statistics in the heap for a long while, so
/// the next stage (building the graph, then the writers' buffers) grew the process instead of reusing
/// that memory: on the 1 GB corpus the two collections took the peak working set from 2.75 to 2.49 GB
/// for about 4 s. Small builds skip it, where it would only cost time.
/// </summary>
internal static class LargeHeap
{
    private const long Threshold = 256L << 20;

    public static void Compact()
    {
        if (GC.GetTotalMemory(forceFullCollection: false) < Threshold) return;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
