
namespace Cartograph.Writing;

/// <summary>
/// The output of one chunk of a parallel write, kept as the blocks its <see cref="Sink"/> filled, so the
/// blocks can be handed on to the file in chunk order without copying. Blocks come from and go back to
/// the <see cref="BlockPool"/>.
/// </summary>
internal sealed class BlockBuffer : Stream, IBlockTarget
{
    private readonly List<(byte[] Block, int Count)> _blocks = [];

    public BlockBuffer()
    {
        Sink = new Utf8Sink(this);
    }

    /// <summary>The sink to format the chunk into; call <see cref="Utf8Sink.Flush"/> when done.</summary>
    public Utf8Sink Sink { get; }

    public IReadOnlyList<(byte[] Block, int Count)> Blocks => _blocks;

    public byte[] Exchange(byte[] block, int count)
    {
        if (count > 0) _blocks.Add((block, count));
        else Recycle(block);
        return BlockPool.Rent();
    }

    /// <summary>Forgets the blocks (after they were handed on) so the buffer can take the next chunk.</summary>
    public void Clear() => _blocks.Clear();

    public void Recycle(byte[] block)
    {
        BlockPool.Return(block);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    // Only the sink writes here, and it exchanges whole blocks; plain writes are not part of the design.
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
