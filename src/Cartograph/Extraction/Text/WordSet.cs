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
    // a bit per (length, first letter, last letter) of the members, as Shape mixes them; all ones when a member
    // starts or ends with a non-ASCII character (which a case-insensitive comparer may match to an ASCII one)
    private readonly ulong[] _shapes = new ulong[ShapeBits / 64];
    private const int ShapeBits = 4096;

    /// <param name="words">the members, with the comparer they are looked up by (ordinal, or ordinal ignoring case)</param>
    public WordSet(HashSet<string> words)
    {
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var w in words)
        {
            if (w.Length == 0 || w[0] >= 128 || w[^1] >= 128)
            {
                Array.Fill(_shapes, ulong.MaxValue);
                break;
            }
            int bit = Shape(w.Length, w[0], w[^1]);
            _shapes[bit >> 6] |= 1UL << bit;
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
    private static int Shape(int length, char first, char last)
    {
        // ASCII letters folded to lower case: a member of either case matches a word of either case (an ordinal set only
        // answers true for fewer words than the test lets through)
        uint f = first | 0x20u, l = last | 0x20u;
        return (int)(((uint)length * 0x9E3779B1u ^ f * 0x85EBCA77u ^ l * 0xC2B2AE3Du) >> 20) & (ShapeBits - 1);
    }
}
