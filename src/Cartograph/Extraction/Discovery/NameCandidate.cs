using Cartograph.Extraction.Discourse;
using Cartograph.Extraction.Text;
using Cartograph.Graph;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// A name that may start at token <see cref="At"/>, as the discovery rules see it: the token and its sentence, and
/// (measured on first use, once per candidate) the capitalised run it opens and what the words around it say.
/// Lives on the stack: asking every rule about a token allocates nothing.
/// </summary>
internal ref struct NameCandidate
{
    private bool _measured;
    private int _runEnd;
    private int _end;
    private bool _coined;
    private int _capitalWords;
    private ReadOnlySpan<char> _lastWord;
    private byte _introduced;
    private byte _paperHeadAfter;

    public NameCandidate(string text, List<Token> tokens, int at, TokenShapes shape, in SentenceFacts sentence, List<Mention> found, DiscoveryWords words)
    {
        Text = text;
        Tokens = tokens;
        At = at;
        Shape = shape;
        Sentence = sentence;
        Found = found;
        Words = words;
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    /// <summary>The token the name would start at.</summary>
    public int At { get; }

    public TokenShapes Shape { get; }

    public SentenceFacts Sentence { get; }

    /// <summary>The mentions found before <see cref="At"/> in the sentence (quoted titles anywhere in it).</summary>
    public List<Mention> Found { get; }

    public DiscoveryWords Words { get; }

    public readonly Token First => Tokens[At];

    public readonly ReadOnlySpan<char> FirstWord => Text.AsSpan(Tokens[At].Start, Tokens[At].Length);

    /// <summary>The end of the whole capitalised run (<see cref="NameRuns.RunEnd"/>).</summary>
    public int RunEnd
    {
        get
        {
            Measure();
            return _runEnd;
        }
    }

    /// <summary>The end of the name: the run, or in a title line only its coined part ("ReCamMaster Repo" is "ReCamMaster").</summary>
    public int End
    {
        get
        {
            Measure();
            return _end;
        }
    }

    /// <summary>The run holds a coined word ("TalkVerse", "KFS-Bench").</summary>
    public bool Coined
    {
        get
        {
            Measure();
            return _coined;
        }
    }

    public int CapitalWords
    {
        get
        {
            Measure();
            return _capitalWords;
        }
    }

    /// <summary>The name's last word: its head.</summary>
    public ReadOnlySpan<char> LastWord
    {
        get
        {
            Measure();
            return _lastWord;
        }
    }

    /// <summary>The name opens the sentence (or a quote or a part after a dash or colon), where any word is capitalised.</summary>
    public bool SentenceStart =>
        At == 0 || (Tokens[At - 1].Kind == TokenKind.Punct && Text[Tokens[At - 1].Start] is '-' or ':' or '"' or '\u201C' && At == 1);

    /// <summary>One plain word: not coined, alone.</summary>
    public bool SinglePlain => !Coined && End - At == 1;

    /// <summary>The first word is joined to the next by a hyphen: "Open-Source".</summary>
    public readonly bool FirstJoined =>
        At + 1 < Tokens.Count && Tokens[At + 1].Joined && Tokens[At + 1].Kind == TokenKind.Punct && Text[Tokens[At + 1].Start] == '-';

    /// <summary>
    /// Three capitalised words ending in a method word name one even where a sentence's capital says nothing
    /// ("Hierarchical Sparse Attention – NSA combines ...").
    /// </summary>
    public bool MethodRun => CapitalWords >= 3 && !Sentence.TitleCase && NameShapes.MethodHeadLookup.Contains(LastWord);

    /// <summary>A cue introduces the name: one before it ("Next up is X", "they propose X") or after it ("X is next").</summary>
    public bool Introduced
    {
        get
        {
            if (_introduced == 0)
                _introduced = IntroductionCues.Before(Text, Tokens, At) || CueMatcher.MatchAt(Text, Tokens, End, IntroductionCues.Next) > 0 ? (byte)2 : (byte)1;
            return _introduced == 2;
        }
    }

    /// <summary>The word right after the name, when it is a separate word (else empty).</summary>
    public ReadOnlySpan<char> NextWord => HasNextWord ? Text.AsSpan(Tokens[End].Start, Tokens[End].Length) : default;

    public bool HasNextWord => End < Tokens.Count && Tokens[End] is { Kind: TokenKind.Word, Joined: false };

    /// <summary>
    /// A lower-case paper head noun after the name says it is a work ("the Seedance model"), unless the name is a
    /// dictionary word capitalised only because it opens the sentence ("Computers work with numbers").
    /// </summary>
    public bool PaperHeadAfter
    {
        get
        {
            if (_paperHeadAfter == 0)
            {
                var next = NextWord;
                bool after = HasNextWord && NameShapes.PaperHeadLookup.Contains(next) && char.IsLower(next[0])
                    && !(SentenceStart && SinglePlain && Words.IsDictionaryWord(FirstWord));
                _paperHeadAfter = after ? (byte)2 : (byte)1;
            }
            return _paperHeadAfter == 2;
        }
    }

    /// <summary>The name as a discovered mention of <paramref name="type"/>.</summary>
    public Mention Name(EntityType type, bool introduced = false) => NameRuns.Discovered(Text, Tokens, At, End, type, introduced);

    private void Measure()
    {
        if (_measured) return;
        _measured = true;
        _runEnd = NameRuns.RunEnd(Text, Tokens, At, Sentence.TitleCase, Words, out _coined, out _capitalWords);
        _end = Sentence.TitleCase && _coined ? NameRuns.EndOfCoinedPart(Text, Tokens, At, _runEnd) : _runEnd;
        _lastWord = NameRuns.LastWord(Text, Tokens, At, _end);
    }
}
