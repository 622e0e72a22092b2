using System.Globalization;

namespace Cartograph.Writing;

/// <summary>
/// A reusable, growable char buffer for text the writers compose from several parts (tooltips, joined
/// lists, evidence). Unlike a StringBuilder it exposes one contiguous span, so the composed text can be
/// cleaned and escaped as a whole (a surrogate pair split across two parts must still count as a pair).
/// </summary>
internal sealed class CharBuffer
{
    private char[] _chars = new char[512];
    private int _length;

    public int Length => _length;

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    public CharBuffer Clear()
    {
        _length = 0;
        return this;
    }

    public CharBuffer Append(char c)
    {
        if (_length == _chars.Length) Grow(1);
        _chars[_length++] = c;
        return this;
    }

    public CharBuffer Append(ReadOnlySpan<char> text)
    {
        if (text.Length > _chars.Length - _length) Grow(text.Length);
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
        return this;
    }

    /// <summary>Appends UTF-8 text, decoded.</summary>
    public CharBuffer AppendUtf8(ReadOnlySpan<byte> utf8)
    {
        int most = System.Text.Encoding.UTF8.GetMaxCharCount(utf8.Length);
        if (most > _chars.Length - _length) Grow(most);
        _length += System.Text.Encoding.UTF8.GetChars(utf8, _chars.AsSpan(_length));
        return this;
    }

    /// <summary>Drops everything past the first <paramref name="length"/> chars.</summary>
    public CharBuffer Truncate(int length)
    {
        _length = Math.Min(_length, length);
        return this;
    }

    /// <summary>Invariant integer, as <c>value.ToString(CultureInfo.InvariantCulture)</c>.</summary>
    public CharBuffer Append(int value)
    {
        if (_chars.Length - _length < 11) Grow(11);
        value.TryFormat(_chars.AsSpan(_length), out int written, provider: CultureInfo.InvariantCulture);
        _length += written;
        return this;
    }

    private void Grow(int needed) => Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + needed));
}
