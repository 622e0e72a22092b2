namespace Cartograph.Writing;

/// <summary>
/// A destination that takes whole output blocks from a <see cref="Utf8Sink"/> instead of copying their bytes:
/// the write-behind file stream, and the per-chunk buffers of <see cref="ParallelChunks"/>.
/// </summary>
internal interface IBlockTarget
{
    /// <summary>Size of every block exchanged; 1 MiB keeps system calls few and the queue short.</summary>
    public const int BlockSize = 1 << 20;

    /// <summary>Takes the first <paramref name="count"/> bytes of a <see cref="BlockSize"/> block and returns an empty block.</summary>
    byte[] Exchange(byte[] block, int count);
}
