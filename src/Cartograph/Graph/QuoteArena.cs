using System.Text;

namespace Cartograph.Graph;

/// <summary>
/// The UTF-8 bytes of the quotes folded from a corpus, packed end to end in 1 MB chunks: millions of
/// quotes each in an array of their own cost an object header (24 bytes) apiece, about 80 MB at 1 GB
/// of input. Appends come from the one thread folding documents; reads (the writers) come after.
/// </summary>
internal sealed class QuoteArena
{
    private const int ChunkSize = 1 << 20;

    private byte[] _chunk = [];
    private int _used;

    /// <summary>Stores the quote; returns the array holding it and where, with its length in bytes.</summary>
    public byte[] Add(string quote, out int offset, out int length)
    {
        length = Encoding.UTF8.GetByteCount(quote);
        if (length > ChunkSize / 4)
        {
            // a long quote gets an array of its own rather than wasting the rest of a chunk
            offset = 0;
            return Encoding.UTF8.GetBytes(quote);
        }
        if (length > _chunk.Length - _used)
        {
            _chunk = new byte[ChunkSize];
            _used = 0;
        }
        offset = _used;
        _used += Encoding.UTF8.GetBytes(quote, _chunk.AsSpan(_used));
        return _chunk;
    }
}
