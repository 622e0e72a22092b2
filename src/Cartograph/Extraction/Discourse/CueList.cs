using System.Collections;

namespace Cartograph.Extraction.Discourse;

/// <summary>
/// A list of cue phrases (each a sequence of lower-case words), longest first, with its index by first word
/// built once when the list is made: the lists are static, and every word of every sentence is matched against
/// some of them.
/// </summary>
public sealed class CueList : IEnumerable<string[]>
{
    private readonly string[][] _phrases;

    internal CueList(string[][] phrases)
    {
        _phrases = phrases;
        Index = new CueMatcher.CueIndex(phrases);
    }

    internal CueMatcher.CueIndex Index { get; }

    public IEnumerator<string[]> GetEnumerator() => ((IEnumerable<string[]>)_phrases).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
