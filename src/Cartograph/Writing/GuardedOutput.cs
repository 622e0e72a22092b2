namespace Cartograph.Writing;

/// <summary>
/// What an output file's writer writes through: a failure of the disk becomes an <see cref="OutputFailedException"/>
/// naming the file, and a cancelled run (Ctrl-C) stops at the next write instead of finishing a file nobody will keep.
/// <para>
/// For the fault tests, <c>CARTOGRAPH_TEST_STALL=&lt;file name&gt;:&lt;bytes&gt;</c> makes the writer of that file stop once it
/// has written that many bytes, say so on stderr and wait (until cancelled), so a test can kill the process in the
/// middle of that exact file. Nothing else reads the variable.
/// </para>
/// </summary>
public sealed class GuardedOutput : Stream
{
    private readonly Stream _inner;
    private readonly string _path;
    private readonly CancellationToken _cancel;
    private readonly long _stallAt;
    private long _written;

    public GuardedOutput(Stream inner, string path, CancellationToken cancel)
    {
        _inner = inner;
        _path = path;
        _cancel = cancel;
        _stallAt = StallPoint(System.IO.Path.GetFileName(path));
    }

    private static long StallPoint(string name)
    {
        string? setting = Environment.GetEnvironmentVariable("CARTOGRAPH_TEST_STALL");
        if (string.IsNullOrEmpty(setting)) return -1;
        int colon = setting.LastIndexOf(':');
        if (colon < 0 || setting[..colon] != name) return -1;
        return long.TryParse(setting[(colon + 1)..], out long at) ? at : -1;
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _cancel.ThrowIfCancellationRequested();
        try
        {
            _inner.Write(buffer);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw OutputFailedException.Writing(_path, ex);
        }
        _written += buffer.Length;
        if (_stallAt >= 0 && _written >= _stallAt) Stall();
    }

    private void Stall()
    {
        _inner.Flush();
        Console.Error.WriteLine($"cartograph: test stall (process {Environment.ProcessId}): {_written} bytes into {_path}");
        Console.Error.Flush();
        _cancel.WaitHandle.WaitOne();
        _cancel.ThrowIfCancellationRequested();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush()
    {
        try
        {
            _inner.Flush();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw OutputFailedException.Writing(_path, ex);
        }
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _written;
    public override long Position { get => _written; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
