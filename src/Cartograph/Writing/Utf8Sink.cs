using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Cartograph.Writing;

/// <summary>
/// A buffered UTF-8 byte writer for the graph writers: literals go in as <c>u8</c> spans, numbers are
/// formatted straight into the buffer and text is transcoded, cleaned and escaped in one pass, so writing
/// a million-node graph allocates next to nothing. The buffer is written to the stream in large blocks;
/// to an <see cref="IBlockTarget"/> it is handed over whole, in exchange for an empty one, not copied.
/// </summary>
internal sealed class Utf8Sink
{
    private const int BufferSize = 1 << 16;
    private const int MaxCharBytes = 4; // a surrogate pair, the longest UTF-8 sequence we emit per step

    /// <summary>' ' to '~'. A SearchValues rather than IndexOfAnyExceptInRange, whose unoptimised (tier-0)
    /// code boxes every character: on a first, cold write that was 100 MB of garbage.</summary>
    private static readonly SearchValues<char> PrintableAscii = SearchValues.Create([.. Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c)]);

    private readonly Stream _stream;
    private readonly IBlockTarget? _blocks;
    private byte[] _buffer;
    private int _used;

    public Utf8Sink(Stream stream)
    {
        _stream = stream;
        _blocks = stream as IBlockTarget;
        _buffer = GC.AllocateUninitializedArray<byte>(_blocks is null ? BufferSize : IBlockTarget.BlockSize);
    }

    // Inlined so that copying a u8 literal, whose length is then a constant, compiles to a few moves.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(ReadOnlySpan<byte> bytes)
    {
        int used = _used;
        if ((uint)bytes.Length <= (uint)(_buffer.Length - used))
        {
            bytes.CopyTo(_buffer.AsSpan(used));
            _used = used + bytes.Length;
        }
        else
        {
            WriteLarge(bytes);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(byte b)
    {
        if (_used == _buffer.Length) FlushBuffer();
        _buffer[_used++] = b;
    }

    /// <summary>Invariant integer, as <c>int.ToString(CultureInfo.InvariantCulture)</c>.</summary>
    public void WriteInt(long value)
    {
        Reserve(20);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_used), out int written);
        _used += written;
    }

    /// <summary>Invariant double with a .NET format string, as <c>value.ToString(format, CultureInfo.InvariantCulture)</c>.</summary>
    public void WriteDouble(double value, string format)
    {
        Reserve(64);
        if (!value.TryFormat(_buffer.AsSpan(_used), out int written, format, CultureInfo.InvariantCulture))
        {
            Write(Encoding.UTF8.GetBytes(value.ToString(format, CultureInfo.InvariantCulture)));
            return;
        }
        _used += written;
    }

    /// <summary>
    /// Writes <paramref name="text"/> as UTF-8, dropping every character <see cref="TextCleaner"/> drops and
    /// replacing the characters <paramref name="escapes"/> names. Runs of plain printable ASCII (nearly all
    /// text) are found and copied with vectorised span searches; only the rest goes character by character.
    /// </summary>
    public void WriteText(ReadOnlySpan<char> text, AsciiEscapes escapes)
    {
        while (!text.IsEmpty)
        {
            int plain = text.IndexOfAnyExcept(PrintableAscii);
            if (plain < 0) plain = text.Length;
            WritePrintableAscii(text[..plain], escapes);
            text = text[plain..];
            if (text.IsEmpty) return;
            text = text[WriteOther(text, escapes)..];
        }
    }

    /// <summary>Writes characters known to be ASCII (the caller has checked), one byte each.</summary>
    public void WriteAscii(ReadOnlySpan<char> ascii)
    {
        while (!ascii.IsEmpty)
        {
            if (_used == _buffer.Length) FlushBuffer();
            int n = Math.Min(ascii.Length, _buffer.Length - _used);
            Ascii.FromUtf16(ascii[..n], _buffer.AsSpan(_used), out int written);
            _used += written;
            ascii = ascii[n..];
        }
    }

    /// <summary>Appends a chunk formatted elsewhere: its blocks are handed on whole when this sink exchanges blocks.</summary>
    public void Append(BlockBuffer chunk)
    {
        if (_blocks is null)
        {
            foreach (var (block, count) in chunk.Blocks)
            {
                Write(block.AsSpan(0, count));
                chunk.Recycle(block);
            }
        }
        else
        {
            FlushBuffer(); // what this sink holds comes first
            foreach (var (block, count) in chunk.Blocks) chunk.Recycle(_blocks.Exchange(block, count));
        }
        chunk.Clear();
    }

    public void Flush()
    {
        FlushBuffer();
        _stream.Flush();
    }

    private void WriteLarge(ReadOnlySpan<byte> bytes)
    {
        FlushBuffer();
        if (bytes.Length > _buffer.Length) _stream.Write(bytes);
        else Write(bytes);
    }

    private void WritePrintableAscii(ReadOnlySpan<char> run, AsciiEscapes escapes)
    {
        while (!run.IsEmpty)
        {
            int special = run.IndexOfAny(escapes.Specials);
            var chunk = special < 0 ? run : run[..special];
            WriteAscii(chunk);
            if (special < 0) return;
            Write(escapes.Replacement(run[special]));
            run = run[(special + 1)..];
        }
    }

    /// <summary>Handles the character at text[0], which is not printable ASCII; returns how many chars it consumed.</summary>
    private int WriteOther(ReadOnlySpan<char> text, AsciiEscapes escapes)
    {
        char c = text[0];
        if (c < 0x80)
        {
            // controls: tab, LF and CR are legal (and maybe escaped); DEL is legal; the rest are dropped
            if (c is '\t' or '\n' or '\r') Write(escapes.Replacement(c));
            else if (c == 0x7F) Write((byte)c);
            return 1;
        }
        Reserve(MaxCharBytes);
        var dest = _buffer.AsSpan(_used);
        if (char.IsHighSurrogate(c) && text.Length > 1 && char.IsLowSurrogate(text[1]))
        {
            new Rune(c, text[1]).EncodeToUtf8(dest);
            _used += 4;
            return 2;
        }
        if (c < 0xD800 || (c >= 0xE000 && c <= 0xFFFD)) _used += new Rune(c).EncodeToUtf8(dest);
        return 1; // a lone surrogate, U+FFFE or U+FFFF is dropped
    }

    private void Reserve(int bytes)
    {
        if (_buffer.Length - _used < bytes) FlushBuffer();
    }

    private void FlushBuffer()
    {
        if (_used == 0) return;
        if (_blocks is not null) _buffer = _blocks.Exchange(_buffer, _used);
        else _stream.Write(_buffer, 0, _used);
        _used = 0;
    }
}
