using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Cartograph.Writing;

/// <summary>
/// A write-only stream in front of a <see cref="FileStream"/> that hands full blocks to a background
/// thread, which writes them to the file and fsyncs every <see cref="SyncInterval"/> bytes. Formatting,
/// copying into the page cache and the disk's own work then overlap: with the plain file, a 1.7 GB graph
/// waited for all its bytes behind one final fsync. Used by <see cref="AtomicFile"/>, which still fsyncs
/// at the end, so durability is unchanged. An I/O error on the background thread is rethrown to the
/// writer on its next write, flush or <see cref="Complete"/>.
/// </summary>
internal sealed class WriteBehindStream : Stream
{
    public const int BlockSize = 1 << 20;
    private const int MaxQueuedBlocks = 8;
    private const long SyncInterval = 64L << 20;

    private readonly FileStream _file;
    private readonly BlockingCollection<(byte[] Block, int Count)> _queue = new(MaxQueuedBlocks);
    private readonly ConcurrentBag<byte[]> _spare = [];
    private readonly object _progress = new(); // Monitor.Wait/PulseAll: written blocks vs queued ones
    private readonly Thread _thread;
    private byte[] _block = new byte[BlockSize];
    private int _used;
    private long _queued, _written;
    private volatile ExceptionDispatchInfo? _failure;

    public WriteBehindStream(FileStream file)
    {
        _file = file;
        _thread = new Thread(WriteBlocks) { IsBackground = true, Name = "Cartograph write-behind" };
        _thread.Start();
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

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _failure?.Throw();
        while (!buffer.IsEmpty)
        {
            int n = Math.Min(buffer.Length, _block.Length - _used);
            buffer[..n].CopyTo(_block.AsSpan(_used));
            _used += n;
            buffer = buffer[n..];
            if (_used == _block.Length) Hand();
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>
    /// Queues a full block of <see cref="BlockSize"/> bytes from the caller as it is, without copying, and
    /// returns an empty block for the caller to fill next.
    /// </summary>
    public byte[] Exchange(byte[] block, int count)
    {
        _failure?.Throw();
        if (block.Length != BlockSize) throw new ArgumentException($"blocks are {BlockSize} bytes", nameof(block));
        if (_used > 0) Hand(); // keep the order of bytes written through Write
        Enqueue(block, count);
        return TakeSpare();
    }

    /// <summary>Queues what is buffered and waits until the background thread has written everything.</summary>
    public override void Flush()
    {
        if (_used > 0) Hand();
        lock (_progress)
        {
            while (_written < _queued) Monitor.Wait(_progress);
        }
        _failure?.Throw();
    }

    /// <summary>Writes everything to the file and stops the background thread; rethrows its error, if any.</summary>
    public void Complete()
    {
        Flush();
        Stop();
        _failure?.Throw();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) Stop(); // after a failure of the writer: the caller deletes the file, so just stop
        base.Dispose(disposing);
    }

    private void Hand()
    {
        Enqueue(_block, _used);
        _block = TakeSpare();
        _used = 0;
    }

    private void Enqueue(byte[] block, int count)
    {
        lock (_progress) _queued++;
        _queue.Add((block, count));
    }

    private byte[] TakeSpare() => _spare.TryTake(out var spare) ? spare : new byte[BlockSize];

    private void Stop()
    {
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        _thread.Join();
    }

    private void WriteBlocks()
    {
        long unsynced = 0;
        foreach (var (block, count) in _queue.GetConsumingEnumerable())
        {
            if (_failure is null)
            {
                try
                {
                    _file.Write(block, 0, count);
                    unsynced += count;
                    if (unsynced >= SyncInterval)
                    {
                        _file.Flush(flushToDisk: true);
                        unsynced = 0;
                    }
                }
                catch (Exception ex)
                {
                    _failure = ExceptionDispatchInfo.Capture(ex); // keep draining, so the writer never blocks on a full queue
                }
            }
            _spare.Add(block);
            lock (_progress)
            {
                _written++;
                Monitor.PulseAll(_progress);
            }
        }
    }
}
