using System.Runtime.InteropServices;
using Cartograph.Graph;
using Cartograph.Lexicons;
using Cartograph.Reading;

namespace Cartograph.Extraction;

/// <summary>
/// Turns one <see cref="Document"/> into a <see cref="DocumentExtraction"/>. Built once per lexicon
/// and shared: every call keeps its state in locals, so documents can be extracted in parallel.
/// Two passes: the first discovers the document's own names (papers, coined methods), the second
/// finds every mention, including later bare mentions of those names.
/// </summary>
public sealed class DocumentExtractor
{
    private const int MaxQuoteLength = 280;
    private readonly Lexicon _lexicon;
    private readonly MentionFinder _finder;

    public DocumentExtractor(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _finder = new MentionFinder(lexicon);
    }

    public DocumentExtraction Extract(Document document)
    {
        var scratch = t_scratch is { InUse: false } reused ? reused : new Scratch();
        t_scratch = scratch;
        scratch.InUse = true;
        try
        {
            return Extract(document, scratch);
        }
        finally
        {
            scratch.Release();
            // a huge document's buffers are not kept
            if (scratch.AllTokens.Capacity > MaxKeptTokens) t_scratch = null;
        }
    }

    private const int MaxKeptTokens = 1 << 20;

    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>A thread's working lists, reused from one document to the next.</summary>
    private sealed class Scratch
    {
        public readonly List<Sentence> Sentences = [];
        public readonly List<Token> Tokens = new(64);
        public readonly List<Mention> Mentions = [];
        public readonly List<Mention> Pass1 = [];
        public readonly List<int> FirstMention = [];
        public readonly List<Token> AllTokens = [];
        public readonly List<TokenMatch> TokenMatches = [];
        public readonly List<int> FirstToken = [];
        public bool InUse;

        /// <summary>Empties the lists (dropping the document's objects) for the next document.</summary>
        public void Release()
        {
            Sentences.Clear();
            Tokens.Clear();
            Mentions.Clear();
            Pass1.Clear();
            FirstMention.Clear();
            AllTokens.Clear();
            TokenMatches.Clear();
            FirstToken.Clear();
            InUse = false;
        }
    }

    private DocumentExtraction Extract(Document document, Scratch scratch)
    {
        var result = new DocumentExtraction(document.Id, document.ContentHash);
        var sentences = scratch.Sentences;
        SentenceSplitter.Split(document, sentences);
        var speakers = SpeakersOf(document);
        string text = document.Content;
        var tokens = scratch.Tokens;
        var mentions = scratch.Mentions;

        // pass 1: the names this document introduces
        var discovered = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        // pass 1's mentions of every sentence (sentence si's are [firstMention[si], firstMention[si + 1])),
        // reused by pass 2 where the document's own names cannot change them
        var pass1 = scratch.Pass1;
        var firstMention = scratch.FirstMention;
        // and its tokens (sentence si's are [firstToken[si], firstToken[si + 1])) with what was found at each
        var allTokens = scratch.AllTokens;
        var tokenMatches = scratch.TokenMatches;
        var firstToken = scratch.FirstToken;
        for (int si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            Tokenizer.Tokenize(text, s.Start, s.End, tokens);
            firstToken.Add(allTokens.Count);
            allTokens.AddRange(tokens);
            CollectionsMarshal.SetCount(tokenMatches, allTokens.Count);
            var matches = CollectionsMarshal.AsSpan(tokenMatches)[firstToken[si]..];
            matches.Clear();
            _finder.Find(text, tokens, null, speakers, mentions, matches);
            firstMention.Add(pass1.Count);
            pass1.AddRange(mentions);
            foreach (var m in mentions)
            {
                if (m.Origin != MentionOrigin.Discovered) continue;
                AddDiscovered(discovered, m.Label, m.Type, m.Introduced);
                if (m.Alias is not null) AddDiscovered(discovered, m.Alias, m.Type, m.Introduced, m.Label);
                // "Seedance 1.5" is also "Seedance"
                if (VersionSuffix.TryStrip(m.Label, out var baseName)) AddDiscovered(discovered, baseName, m.Type, m.Introduced, m.Label);
            }
        }
        firstMention.Add(pass1.Count);
        firstToken.Add(allTokens.Count);
        var documentNames = discovered.Count == 0 ? null : new LexiconIndex([.. discovered.Values]);

        // pass 2: every mention, tied to an entity of this document
        var entities = new EntityTable(result);
        var analyses = new List<SentenceAnalysis>(sentences.Count);
        for (int si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            result.Sentences.Add(new EvidenceSentence(s.Line, s.Speaker, Quote(text, s.Start, s.End)));
            var sentenceTokens = CollectionsMarshal.AsSpan(allTokens)[firstToken[si]..firstToken[si + 1]];
            tokens.Clear();
            tokens.AddRange(sentenceTokens);
            if (documentNames is not null && documentNames.MayMatchIn(text, tokens))
            {
                _finder.Find(text, tokens, documentNames, speakers, mentions,
                    CollectionsMarshal.AsSpan(tokenMatches)[firstToken[si]..firstToken[si + 1]]);
            }
            else
            {
                // no word of the sentence starts a name of the document: pass 1 found the same mentions
                mentions.Clear();
                for (int k = firstMention[si]; k < firstMention[si + 1]; k++) mentions.Add(pass1[k]);
            }
            var analysis = SentenceCues.Analyse(s, text, tokens);
            int listGroup = 0;
            Mention? previous = null;
            for (int mi = 0; mi < mentions.Count; mi++)
            {
                var m = mentions[mi];
                if (m.IsWeak && !WeakMentionHasContext(text, tokens, mentions, mi)) continue;
                if (previous is null || !SentenceCues.AreCoordinated(text, tokens, previous.TokenEnd, m.TokenStart)) listGroup++;
                previous = m;
                var (type, label) = Canonical(m, discovered);
                int e = entities.Add(type, label, m.Surface, m.Origin == MentionOrigin.Lexicon, si);
                if (m.Alias is not null) entities.AddAlias(e, m.Alias);
                if (m.Entry?.Maker is { } maker) entities.SetMaker(e, maker);
                analysis.Mentions.Add(new SentenceMention(e, m.TokenStart,
                    SentenceCues.IsContrastive(text, tokens, m.TokenStart),
                    SentenceCues.FollowsMakerCue(text, tokens, m.TokenStart),
                    m.Introduced,
                    SentenceCues.IsPossessive(text, tokens, m.TokenEnd),
                    listGroup));
            }
            analyses.Add(analysis);
        }
        entities.Finish();

        var segments = DiscourseSegmenter.Assign(result, analyses);
        RelationRules.Apply(result, analyses, segments);
        return result;
    }

    private static readonly HashSet<string> s_noSpeakers = [];

    /// <summary>The names of the people who speak in the document (a shared empty set when nobody does).</summary>
    private static HashSet<string> SpeakersOf(Document document)
    {
        HashSet<string>? speakers = null;
        foreach (var line in document.Lines)
            if (line.Speaker is not null) (speakers ??= new HashSet<string>(StringComparer.Ordinal)).Add(line.Speaker);
        return speakers ?? s_noSpeakers;
    }

    /// <summary>
    /// An everyday word such as "transformer" or "attention" counts only in a technical context:
    /// before a method word ("transformer layers"), written as a name mid-sentence ("Transformer"),
    /// or listed beside another technique ("denoising autoencoder, convolutional tokenizer, Transformer").
    /// </summary>
    private static bool WeakMentionHasContext(string text, List<Token> tokens, List<Mention> mentions, int index)
    {
        var m = mentions[index];
        if (m.TokenEnd < tokens.Count && tokens[m.TokenEnd] is { Kind: TokenKind.Word, Joined: false } next)
        {
            string word = text.Substring(next.Start, next.Length);
            if (NameShapes.MethodHeads.Contains(word) || NameShapes.PaperHeads.Contains(word) || word is "layers" or "architecture" or "architectures" or "based" or "blocks" or "backbone")
                return true;
        }
        if (m.TokenStart > 0 && char.IsUpper(text[tokens[m.TokenStart].Start])) return true;
        foreach (int other in (int[])[index - 1, index + 1])
        {
            if (other < 0 || other >= mentions.Count || mentions[other].IsWeak || mentions[other].Type != EntityType.Technique) continue;
            int from = Math.Min(m.TokenEnd, mentions[other].TokenEnd), to = Math.Max(m.TokenStart, mentions[other].TokenStart);
            if (SentenceCues.AreCoordinated(text, tokens, Math.Min(from, to), Math.Max(from, to))) return true;
        }
        return false;
    }

    private static (EntityType Type, string Label) Canonical(Mention m, Dictionary<string, LexiconEntry> discovered)
    {
        if (m.Origin == MentionOrigin.Discovered && TryGetDiscovered(discovered, m.Label, out var d))
            return (d.Type, d.Canonical);
        // a released model introduced as the subject of the discussion is the paper being discussed
        if (m.Type == EntityType.Product && m.Introduced) return (EntityType.Paper, m.Surface);
        return (m.Type, m.Label);
    }

    /// <summary>The document's name with the key of <paramref name="label"/>, looked up without making the key a string.</summary>
    private static bool TryGetDiscovered(Dictionary<string, LexiconEntry> discovered, string label, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out LexiconEntry entry)
    {
        Span<char> key = stackalloc char[128];
        if (EntityKey.TryWrite(label, key, out int n))
            return discovered.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key[..n], out entry);
        return discovered.TryGetValue(EntityKey.Of(label), out entry);
    }

    private static void AddDiscovered(Dictionary<string, LexiconEntry> discovered, string form, EntityType type, bool introduced, string? canonical = null)
    {
        string key = EntityKey.Of(form);
        string label = canonical ?? form;
        if (discovered.TryGetValue(key, out var existing))
        {
            // a paper introduction outranks a technique reading of the same name; the longer label wins
            var keepType = existing.Type == EntityType.Paper || (introduced && type == EntityType.Paper) ? EntityType.Paper : existing.Type;
            if (existing.Type == EntityType.Technique && type == EntityType.Technique) keepType = EntityType.Technique;
            string keepLabel = existing.Canonical.Length >= label.Length ? existing.Canonical : label;
            discovered[key] = new LexiconEntry(keepLabel, keepType, [form], LexiconFlags.CaseSensitive, null);
            return;
        }
        discovered[key] = new LexiconEntry(label, type, label == form ? [] : [form], LexiconFlags.CaseSensitive, null);
    }

    // every whitespace character but the plain space
    private static readonly System.Buffers.SearchValues<char> s_otherWhitespace = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) && c != ' ')]);

    internal static string Quote(string content, int start, int end)
    {
        // the usual sentence: short, single spaces only, trimmed; it is its own quote
        var span = content.AsSpan(start, Math.Max(0, end - start));
        if (span.Length is > 0 and < MaxQuoteLength && span[0] != ' ' && span[^1] != ' '
            && span.IndexOfAny(s_otherWhitespace) < 0 && span.IndexOf("  ", StringComparison.Ordinal) < 0)
            return span.ToString();

        // at most MaxQuoteLength + 1 characters before the cut, and the ellipsis
        Span<char> sb = stackalloc char[MaxQuoteLength + 2];
        int n = 0;
        bool space = false;
        for (int i = start; i < end; i++)
        {
            char c = content[i];
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }
            if (space) sb[n++] = ' ';
            space = false;
            sb[n++] = c;
            if (n >= MaxQuoteLength)
            {
                int cut = sb[..n].LastIndexOf(' ');
                if (cut > MaxQuoteLength / 2) n = cut;
                sb[n++] = '\u2026';
                break;
            }
        }
        return new string(sb[..n]);
    }
}
