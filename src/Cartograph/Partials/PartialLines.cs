namespace Cartograph.Partials;

/// <summary>
/// The lines of a partial graph as UTF-8 bytes, without their "\n" (or "\r\n"), read through one reused buffer:
/// the records are parsed from bytes, so no line is ever decoded into a string. A UTF-8 byte-order mark is skipped.
/// </summary>
internal sealed class PartialLines : IDisposable
{
    private readonly Stream _stream;
    private byte[] _buffer = new byte[1 << 16];
    private int _start, _end; // the bytes read but not yet handed out
    private bool _atEnd, _first = true;

    public PartialLines(Stream stream) => _stream = stream;

    /// <summary>The next line, valid until the next call; false at the end of the file.</summary>
    public bool TryRead(out ReadOnlyMemory<byte> line)
    {
        while (true)
        {
            int newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = Trim(_start, newline);
                _start += newline + 1;
                return true;
            }
            if (_atEnd)
            {
                if (_start == _end)
                {
                    line = default;
                    return false;
                }
                line = Trim(_start, _end - _start);
                _start = _end;
                return true;
            }
            Fill();
        }
    }

    private ReadOnlyMemory<byte> Trim(int start, int length) =>
        _buffer.AsMemory(start, length > 0 && _buffer[start + length - 1] == '\r' ? length - 1 : length);

    private void Fill()
    {
        // keep the unfinished line at the front; grow only for a line longer than the buffer
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        int n = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0) _atEnd = true;
        _end += n;
        if (_first && _end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF) _start = 3;
        if (_end >= 3 || _atEnd) _first = false;
    }

    public void Dispose() => _stream.Dispose();
}
