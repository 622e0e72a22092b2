using System.Collections.Concurrent;

namespace Cartograph.Writing;

/// <summary>
/// The 1 MB output blocks, shared by every write in the process. Blocks are large objects, which the GC
/// frees only in a full collection, so a pool per file left each finished file's blocks in the heap
/// while the next file made its own: on the 1 GB corpus, hundreds of MB of the peak. A few dozen blocks
/// are kept for the next write; the rest go back to the GC.
/// </summary>
internal static class BlockPool
{
    private const int MaxKept = 48;

    private static readonly ConcurrentBag<byte[]> s_blocks = [];
    private static int s_kept;

    public static byte[] Rent()
    {
        if (s_blocks.TryTake(out var block))
        {
            Interlocked.Decrement(ref s_kept);
            return block;
        }
        return new byte[IBlockTarget.BlockSize];
    }

    public static void Return(byte[] block)
    {
        if (block.Length != IBlockTarget.BlockSize) return;
        if (Interlocked.Increment(ref s_kept) <= MaxKept) s_blocks.Add(block);
        else Interlocked.Decrement(ref s_kept);
    }
}
