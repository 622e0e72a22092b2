using System.Numerics;
using System.Runtime.CompilerServices;

namespace Cartograph.Lexicons;

/// <summary>
/// A bit per key hash (<see cref="FoldedKeys"/>): false means no key has the hash, so most words that are no key
/// are answered from a small array that stays in cache, without probing a table or comparing characters.
/// </summary>
internal sealed class KeyHashFilter
{
    private readonly ulong[] _bits;
    private readonly int _shift;

    /// <param name="hashes">the keys' hashes</param>
    /// <param name="bitsPerKey">the filter's size: eight bits per key answer false for about 88% of other words</param>
    public KeyHashFilter(IReadOnlyCollection<uint> hashes, int bitsPerKey)
    {
        int size = 64;
        while (size < hashes.Count * bitsPerKey) size *= 2;
        _bits = new ulong[size / 64];
        _shift = 32 - BitOperations.Log2((uint)size);
        foreach (uint hash in hashes)
        {
            int bit = Bit(hash);
            _bits[bit >> 6] |= 1UL << bit;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(uint hash)
    {
        int bit = Bit(hash);
        return (_bits[bit >> 6] & (1UL << bit)) != 0;
    }

    // the high bits of the hash times an odd constant: tables choose their slots by the low bits
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Bit(uint hash) => (int)((hash * 0x9E3779B1u) >> _shift);
}
