using System.Runtime.CompilerServices;

namespace Cartograph.Extraction.Text;

/// <summary>
/// A fixed set of words looked up by span, as a <see cref="HashSet{T}"/>'s span look-up, with a cheap test first: a
/// word whose length and first and last letters (ASCII, either case) are those of no member is answered without
/// hashing it. A rule that asks about every word of every document (is it a company noun? a verb of money raised?)
/// mostly asks about words that are none, and hashing each one case-insensitively was most of its cost.
/// </summary>
internal sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    // a bit per (length, first letter, last letter) of the members whose first and last letters are ASCII, as Shape
    // mixes them
    private readonly ulong[] _shapes;
    private readonly int _shift;
    // at least 4096 bits, and 16 per member: small sets (most) stay in two or three cache lines' worth of bits
    private const int MinShapeBits = 4096, BitsPerWord = 16;

    /// <param name="words">the members, with the comparer they are looked up by (ordinal, or ordinal ignoring case)</param>
    public WordSet(HashSet<string> words)
    {
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        int bits = MinShapeBits;
        while (bits < words.Count * BitsPerWord) bits *= 2;
        _shapes = new ulong[bits / 64];
        _shift = 32 - System.Numerics.BitOperations.Log2((uint)bits);
        foreach (var w in words)
        {
            if (w.Length == 0) continue; // the empty word is always looked up
            if (w[0] < 128 && w[^1] < 128)
            {
                int bit = Shape(w.Length, w[0], w[^1]);
                _shapes[bit >> 6] |= 1UL << bit;
            }
            else if (char.ToUpperInvariant(w[0]) < 128 || char.ToUpperInvariant(w[^1]) < 128)
            {
                // a letter such as 'ı' or 'ſ' equals an ASCII one ignoring case: no word can be ruled out
                Array.Fill(_shapes, ulong.MaxValue);
                break;
            }
            // else only a word with a non-ASCII letter there can be this one, and such words are always looked up
        }
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return _words.Contains(word);
        char first = word[0], last = word[^1];
        // a non-ASCII letter may equal an ASCII one ignoring case: only the set can say
        if ((first | last) < 128)
        {
            int bit = Shape(word.Length, first, last);
            if ((_shapes[bit >> 6] & (1UL << bit)) == 0) return false;
        }
        return _words.Contains(word);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Shape(int length, char first, char last)
    {
        // ASCII letters folded to lower case: a member of either case matches a word of either case (an ordinal set only
        // answers true for fewer words than the test lets through)
        uint f = first | 0x20u, l = last | 0x20u;
        return (int)(((uint)length * 0x9E3779B1u ^ f * 0x85EBCA77u ^ l * 0xC2B2AE3Du) >> _shift);
    }
}
