using System.Runtime.InteropServices;
using Cartograph.Extraction.Attribution;
using Cartograph.Extraction.Discourse;
using Cartograph.Extraction.Discovery;
using Cartograph.Extraction.Relations;
using Cartograph.Extraction.Text;
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
    private readonly Lexicon _lexicon;
    private readonly MentionFinder _finder;
    private readonly CaptionRecaser _recaser;
    private readonly AttributionRule _attribution;

    public DocumentExtractor(Lexicon lexicon) : this(lexicon, new AttributionRule(AttributionModel.Default))
    {
    }

    internal DocumentExtractor(Lexicon lexicon, AttributionRule attribution)
    {
        _lexicon = lexicon;
        _attribution = attribution;
        _finder = new MentionFinder(lexicon);
        _recaser = new CaptionRecaser(lexicon);
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
            if (scratch.AllTokens.Capacity > MaxKeptTokens || scratch.SpareAnalyses.Count > MaxKeptAnalyses) t_scratch = null;
        }
    }

    private const int MaxKeptTokens = 1 << 20;
    private const int MaxKeptAnalyses = 1 << 16;

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
        public readonly List<SentenceAnalysis> Analyses = [];
        public readonly List<int> SentenceIndex = [];
        // analyses kept from earlier documents, reset and reused (one per sentence of the longest document so far)
        public readonly List<SentenceAnalysis> SpareAnalyses = [];
        public bool InUse;

        public SentenceAnalysis AnalysisFor(Sentence sentence)
        {
            int i = Analyses.Count;
            if (i == SpareAnalyses.Count) SpareAnalyses.Add(new SentenceAnalysis(sentence));
            var analysis = SpareAnalyses[i];
            analysis.Reset(sentence);
            Analyses.Add(analysis);
            return analysis;
        }

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
            Analyses.Clear();
            SentenceIndex.Clear();
            InUse = false;
        }
    }

    private DocumentExtraction Extract(Document document, Scratch scratch)
    {
        var result = new DocumentExtraction(document.Id, document.ContentHash);
        var sentences = scratch.Sentences;
        SentenceSplitter.Split(document, sentences);
        var speakers = SpeakersOf(document);
        // the rules read a caption-style text recased; quotes are the text as written
        bool caseless = CaptionRecaser.IsCaseless(document.Content);
        string text = caseless ? _recaser.Recase(document.Content) : document.Content;
        var tokens = scratch.Tokens;
        var mentions = scratch.Mentions;
        // a paper's own prose is written, not said: a transcript (speakers, or captions) with a researcher saying "we
        // propose" is still a conversation
        bool researchVoice = speakers.Count == 0 && !caseless && ResearchVoice.Speaks(text);

        // pass 1: the names this document introduces
        var discovered = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var forms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        // pass 1's mentions of every sentence (sentence si's are [firstMention[si], firstMention[si + 1])),
        // reused by pass 2 where the document's own names cannot change them
        var pass1 = scratch.Pass1;
        var firstMention = scratch.FirstMention;
        // and its tokens (sentence si's are [firstToken[si], firstToken[si + 1])) with what was found at each
        var allTokens = scratch.AllTokens;
        var tokenMatches = scratch.TokenMatches;
        var firstToken = scratch.FirstToken;
        List<(Mention Title, int Sentence)>? titles = null;
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
            BulletHeadings.DropPapersNamedByShape(text, tokens, mentions);
            if (ListedItemNames.Find(document, s, text, tokens, mentions, _lexicon.CommonWords) is { } title) (titles ??= []).Add((title, si));
            if (researchVoice) TaskNames.Find(text, tokens, mentions);
            SharedHeads.Find(text, tokens, mentions, _lexicon.Index);
            ModalityComponents.Find(text, tokens, mentions);
            firstMention.Add(pass1.Count);
            pass1.AddRange(mentions);
            foreach (var m in mentions)
            {
                if (m.Origin != MentionOrigin.Discovered) continue;
                AddDiscovered(discovered, m.Label, m.Type, m.Introduced);
                CountForm(forms, m.Label);
                if (m.Alias is not null) AddDiscovered(discovered, m.Alias, m.Type, m.Introduced, m.Label);
                // "Seedance 1.5" is also "Seedance"
                // (unless the lexicon knows the base: "TensorFlow 32" does not make TensorFlow the same thing)
                if (VersionSuffix.TryStrip(m.Label, out var baseName))
                {
                    if (!(_lexicon.Index.TryMatch(text, tokens, m.TokenStart, out _, out int knownEnd) && knownEnd < m.TokenEnd))
                        AddDiscovered(discovered, baseName, m.Type, m.Introduced, m.Label);
                }
                // "the Eureka AI system" is also "Eureka"
                else if (m.Label.EndsWith(" AI", StringComparison.Ordinal) && m.Label.IndexOf(' ') == m.Label.Length - 3 && m.Label.Length >= 7)
                    AddDiscovered(discovered, m.Label[..^3], m.Type, m.Introduced, m.Label);
            }
        }
        firstMention.Add(pass1.Count);
        firstToken.Add(allTokens.Count);
        if (titles is not null) TitlesNameTheirItemsPaper(discovered, titles, sentences, pass1, firstMention);
        DiscoveredNameTypes.Decide(discovered, text, sentences, allTokens, firstToken, pass1, firstMention);
        DiscoveredOrganizations.Decide(discovered, text, allTokens, firstToken, pass1, firstMention);
        if (DiscoveredOrganizations.FindUnnamed(text, allTokens, firstToken, pass1, firstMention, _lexicon.CommonWords) is { } companies)
            foreach (var company in companies) AddDiscovered(discovered, company, EntityType.Organization, introduced: false);
        var repeatedWeak = RepeatedWeakEntries(pass1);
        VersionsJoinTheirWork(discovered);
        ChooseDiscoveredLabels(discovered, forms);
        AddSentenceCaseForms(discovered);
        var documentNames = discovered.Count == 0 ? null : new LexiconIndex([.. discovered.Values]);

        // pass 2: every mention, tied to an entity of this document
        var entities = new EntityTable(result);
        var analyses = scratch.Analyses;
        for (int si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            var sentenceTokens = CollectionsMarshal.AsSpan(allTokens)[firstToken[si]..firstToken[si + 1]];
            tokens.Clear();
            tokens.AddRange(sentenceTokens);
            if (documentNames is not null && documentNames.MayMatchIn(text, tokens))
            {
                _finder.Find(text, tokens, documentNames, speakers, mentions,
                    CollectionsMarshal.AsSpan(tokenMatches)[firstToken[si]..firstToken[si + 1]]);
                BulletHeadings.DropPapersNamedByShape(text, tokens, mentions);
                if (titles is not null && TitleOf(titles, si) is { } title) ListedItemNames.Restore(title, mentions);
                if (researchVoice) TaskNames.Find(text, tokens, mentions);
                SharedHeads.Find(text, tokens, mentions, _lexicon.Index);
                ModalityComponents.Find(text, tokens, mentions);
            }
            else
            {
                // no word of the sentence starts a name of the document: pass 1 found the same mentions
                mentions.Clear();
                for (int k = firstMention[si]; k < firstMention[si + 1]; k++) mentions.Add(pass1[k]);
            }
            var analysis = SentenceCues.Analyse(scratch.AnalysisFor(s), text, tokens, researchVoice, speakers.Count > 0);
            // a markdown heading, a numbered item or a plain-text headline starts a new item, even when it names no paper
            if ((si == 0 || sentences[si - 1].Line != s.Line)
                && (OpensItem(document, s.Line) || OpensBulletItem(document, s, text, tokens, mentions) || (speakers.Count == 0 && (HeadlineLines.Opens(document, s.Line) || HeadlineLines.FollowsSeparator(document, s.Line)))))
                analysis.ShiftsTopic = true;
            int listGroup = 0;
            Mention? previous = null;
            for (int mi = 0; mi < mentions.Count; mi++)
            {
                var m = mentions[mi];
                if (m.IsWeak && !(researchVoice && !m.IsBroad) && !repeatedWeak.Contains(m.Entry!) && !WeakMentionHasContext(text, tokens, mentions, mi)) continue;
                if (IsEverydayWordName(m) && !EverydayWordNameHasContext(text, tokens, mentions, mi)) continue;
                if (NamesAMeasure(text, tokens, m) || NamesAShow(text, tokens, m) || NamesANationality(text, tokens, m)) continue;
                if (previous is null || !SentenceCues.AreCoordinated(text, tokens, previous.TokenEnd, m.TokenStart)) listGroup++;
                bool appositive = previous is not null && SentenceCues.IsAppositive(text, tokens, previous.TokenEnd, m.TokenStart);
                previous = m;
                var (type, label) = Canonical(m, discovered);
                int e = entities.Add(type, label, m.Surface, m.Origin == MentionOrigin.Lexicon, si);
                if (m.Alias is not null) entities.AddAlias(e, m.Alias);
                if (m.Entry?.Maker is { } maker) entities.SetMaker(e, maker);
                if (type is EntityType.Product or EntityType.Paper && MakerInName.Of(_lexicon, m.Surface, out var makerSurface) is { } nameMaker)
                    result.Relations.Add(new ExtractedRelation(e, Relation.DevelopedBy,
                        entities.Add(EntityType.Organization, nameMaker.Canonical, makerSurface, fromLexicon: true, si), si, RelationOrigin.MakerInName));
                analysis.Mentions.Add(new SentenceMention(e, m.TokenStart,
                    SentenceCues.IsContrastive(text, tokens, m.TokenStart),
                    SentenceCues.FollowsMakerCue(text, tokens, m.TokenStart),
                    m.Introduced,
                    SentenceCues.IsPossessive(text, tokens, m.TokenEnd),
                    listGroup,
                    m.TokenEnd,
                    appositive,
                    SentenceCues.CuesOf(type, text, tokens, m.TokenStart, m.TokenEnd)));
            }
            if (analysis.Mentions.Count > 0 && analysis.Mentions[0].TokenEnd is int firstEnd and >= 0 && firstEnd < tokens.Count
                && tokens[firstEnd].Kind == TokenKind.Word && text.AsSpan(tokens[firstEnd].Start, tokens[firstEnd].Length) is "is" or "was")
                analysis.DefinesFirstMention = true;
        }
        entities.Finish();

        var segments = DiscourseSegmenter.Assign(result, analyses, researchVoice);
        Relations.RelationPipeline.Default.Apply(result, analyses, segments, _attribution, new DocumentTraits(speakers.Count > 0, caseless, researchVoice));
        QuotedSentences.Keep(result, sentences, document.Content, scratch.SentenceIndex);
        return result;
    }

    private static Mention? TitleOf(List<(Mention Title, int Sentence)> titles, int sentence)
    {
        foreach (var (title, at) in titles)
            if (at == sentence) return title;
        return null;
    }

    private static readonly HashSet<string> s_noSpeakers = [];

    /// <summary>
    /// "4) Large Language Diffusion Model  Proposes LLaDA, a diffusion-based approach ...": the title of a numbered item
    /// and the name its text introduces are one paper, known by the name, with the title as an alias.
    /// </summary>
    private static void TitlesNameTheirItemsPaper(Dictionary<string, LexiconEntry> discovered, List<(Mention Title, int Sentence)> titles,
        List<Sentence> sentences, List<Mention> pass1, List<int> firstMention)
    {
        foreach (var (titleMention, at) in titles)
        {
            string title = titleMention.Label;
            string? name = null;
            for (int si = at; si < sentences.Count && si <= at + 2 && sentences[si].Line == sentences[at].Line && name is null; si++)
            {
                for (int k = firstMention[si]; k < firstMention[si + 1]; k++)
                {
                    var m = pass1[k];
                    if (m.Origin == MentionOrigin.Discovered && m.Type == EntityType.Paper && m.Introduced && m.Label != title) { name = m.Label; break; }
                }
            }
            if (name is null || !discovered.TryGetValue(EntityKey.Of(name), out var named) || !discovered.ContainsKey(EntityKey.Of(title))) continue;
            var merged = named with { Aliases = [.. named.Aliases, title] };
            discovered[EntityKey.Of(name)] = merged;
            discovered[EntityKey.Of(title)] = merged;
        }
    }

    /// <summary>A weak word said this often in one document is what the document talks about ("the transformer").</summary>
    private const int WeakRepeats = 3;

    /// <summary>The weak lexicon entries (everyday words such as "attention") the document names at least <see cref="WeakRepeats"/> times.</summary>
    private static HashSet<LexiconEntry> RepeatedWeakEntries(List<Mention> mentions)
    {
        Dictionary<LexiconEntry, int>? counts = null;
        foreach (var m in mentions)
            if (m.IsWeak && (m.Entry!.Flags & LexiconFlags.Broad) == 0) CollectionsMarshal.GetValueRefOrAddDefault(counts ??= new(ReferenceEqualityComparer.Instance), m.Entry!, out _)++;
        var repeated = new HashSet<LexiconEntry>(ReferenceEqualityComparer.Instance);
        if (counts is null) return repeated;
        foreach (var (entry, count) in counts)
            if (count >= WeakRepeats) repeated.Add(entry);
        return repeated;
    }

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
    /// before a method word ("transformer layers"), written as a name mid-sentence ("Transformer"; an acronym such
    /// as "AI" is always in capitals, so that says nothing), or listed beside another technique ("denoising
    /// autoencoder, convolutional tokenizer, Transformer"). A broad domain ("retail", "entertainment") counts when
    /// listed beside another domain ("healthcare, retail") or named as what the work is for ("for entertainment").
    /// </summary>
    private static bool WeakMentionHasContext(string text, List<Token> tokens, List<Mention> mentions, int index)
    {
        var m = mentions[index];
        var first = tokens[m.TokenStart];
        bool acronym = NameShapes.IsAcronym(text.AsSpan(first.Start, first.Length));
        if (m.Type == EntityType.Technique && m.TokenEnd < tokens.Count && tokens[m.TokenEnd] is { Kind: TokenKind.Word, Joined: false } next)
        {
            var word = text.AsSpan(next.Start, next.Length);
            if (NameShapes.MethodHeadLookup.Contains(word) || NameShapes.PaperHeadLookup.Contains(word) || word is "layers" or "architecture" or "architectures" or "based" or "blocks" or "backbone")
                return true;
        }
        if (m.TokenStart > 0 && char.IsUpper(text[first.Start]) && !acronym) return true;
        // "for retail", "for engaging storytelling", "areas such as law", "including finance"
        if (m.Type == EntityType.Domain && !acronym && IsPurposeOrExample(text, tokens, m.TokenStart)) return true;
        for (int other = index - 1; other <= index + 1; other += 2)
        {
            // beside another weak name only in a list of examples ("such as law, finance, school lectures")
            if (other < 0 || other >= mentions.Count || mentions[other].Type != m.Type) continue;
            if (mentions[other].IsWeak && !(m.Type == EntityType.Domain && IsPurposeOrExample(text, tokens, Math.Min(m.TokenStart, mentions[other].TokenStart)))) continue;
            if (m.Type is not (EntityType.Technique or EntityType.Domain)) continue;
            int from = Math.Min(m.TokenEnd, mentions[other].TokenEnd), to = Math.Max(m.TokenStart, mentions[other].TokenStart);
            if (SentenceCues.AreCoordinated(text, tokens, Math.Min(from, to), Math.Max(from, to))) return true;
        }
        return false;
    }

    /// <summary>"for", "such as" or "including" right before the token at <paramref name="at"/>, or before it and one adjective.</summary>
    private static bool IsPurposeOrExample(string text, List<Token> tokens, int at)
    {
        for (int k = at - 1; k >= 0 && k >= at - 2; k--)
        {
            if (tokens[k].Kind != TokenKind.Word) return false;
            var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
            if (word is "for" or "including" || (word is "as" && k > 0 && text.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length) is "such")) return true;
            // one describing word between: "for engaging storytelling" (not a name's own word)
            if (k == at - 1 && !(word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("al", StringComparison.Ordinal) || word.EndsWith("ive", StringComparison.Ordinal))) return false;
        }
        return false;
    }

    private static readonly HashSet<string> s_companyVerbs = new(StringComparer.Ordinal)
    {
        "is", "was", "has", "had", "have", "just", "also", "now", "already", "recently", "reportedly", "still", "will", "would",
        "could", "can", "should", "says", "said", "did", "does", "releases", "announces", "launches", "ships", "makes", "builds",
        "trains", "uses", "offers", "owns", "runs", "sells", "provides", "develops", "plans", "wants", "needs", "acquires",
        "publishes", "unveils", "introduces", "debuts", "partners", "joins", "hires", "invests", "raises", "claims", "reports",
        "shows", "bets", "leads", "dominates", "competes", "charges", "adds", "open-sources", "dropped", "isn't", "doesn't",
        "hasn't", "didn't", "won't", "can't",
    };

    /// <summary>An organization or product whose name is an everyday word (flag "cap": Apple, Zoom, Meta, Gemini).</summary>
    private static bool IsEverydayWordName(Mention m) =>
        m.Entry is { } entry && (entry.Flags & LexiconFlags.Capitalised) != 0 && m.Type is EntityType.Organization or EntityType.Product;

    /// <summary>
    /// The capital of an everyday-word name is its evidence, and a sentence's first word is capitalised anyway: there
    /// "Apple pie is sweet" is the fruit, while "Apple released", "Apple's model" or "Apple, Google and Meta" are the
    /// company. A plural ("Apples") is never the company.
    /// </summary>
    private static bool EverydayWordNameHasContext(string text, List<Token> tokens, List<Mention> mentions, int index)
    {
        var m = mentions[index];
        if (m.Surface.Length > 1 && m.Surface[^1] == 's' && !m.Label.EndsWith('s') && m.Label.Equals(m.Surface[..^1], StringComparison.OrdinalIgnoreCase))
            return false;
        for (int k = 0; k < m.TokenStart; k++)
            if (tokens[k].Kind != TokenKind.Punct) return true; // mid-sentence: the capital says it is a name
        if (SentenceCues.IsPossessive(text, tokens, m.TokenEnd)) return true;
        if (m.TokenEnd >= tokens.Count) return false;
        var next = tokens[m.TokenEnd];
        if (next.Kind == TokenKind.Number) return true; // "Gemini 2.5 is ..."
        // "Codestral - competes with closed models": a headline's name before its dash or colon
        if (next.Kind == TokenKind.Punct && !next.Joined && text[next.Start] is '-' or '\u2013' or '\u2014' or ':') return true;
        if (next.Kind == TokenKind.Word)
        {
            var word = text.AsSpan(next.Start, next.Length);
            if (char.IsUpper(word[0])) return true;
            string w = word.ToString().Replace('\u2019', '\'');
            if (s_companyVerbs.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))) return true;
        }
        // "Apple, Google and Meta": listed with another organization or product
        if (index + 1 < mentions.Count && mentions[index + 1].Type is EntityType.Organization or EntityType.Product
            && SentenceCues.AreCoordinated(text, tokens, m.TokenEnd, mentions[index + 1].TokenStart))
            return true;
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
        Span<char> buffer = stackalloc char[128];
        return discovered.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(EntityKey.Of(label, buffer), out entry);
    }

    private static void AddDiscovered(Dictionary<string, LexiconEntry> discovered, string form, EntityType type, bool introduced, string? canonical = null)
    {
        // the key is written on the stack: a name is mentioned many times, and only its first mention adds a key
        Span<char> buffer = stackalloc char[128];
        var key = EntityKey.Of(form, buffer);
        var byKey = discovered.GetAlternateLookup<ReadOnlySpan<char>>();
        string label = canonical ?? form;
        if (byKey.TryGetValue(key, out var existing))
        {
            // a paper introduction outranks a technique reading of the same name; the longer label wins
            var keepType = existing.Type == EntityType.Paper || (introduced && type == EntityType.Paper) ? EntityType.Paper : existing.Type;
            if (existing.Type == EntityType.Technique && type == EntityType.Technique) keepType = EntityType.Technique;
            string keepLabel = existing.Canonical.Length >= label.Length ? existing.Canonical : label;
            // the usual case, a name seen again as written before, changes nothing
            if (keepType == existing.Type && keepLabel == existing.Canonical && (form == keepLabel || existing.Aliases.Contains(form)))
                return;
            // every spelling seen stays a form the second pass recognises ("Wave-Glider" and "WaveGlider")
            var aliases = new List<string>(existing.Aliases);
            foreach (var f in (string[])[form, existing.Canonical])
                if (f != keepLabel && !aliases.Contains(f)) aliases.Add(f);
            byKey[key] = new LexiconEntry(keepLabel, keepType, aliases, LexiconFlags.CaseSensitive, null);
            return;
        }
        byKey[key] = new LexiconEntry(label, type, label == form ? [] : [form], LexiconFlags.CaseSensitive, null);
    }

    /// <summary>Words after a name that make it what scores are measured with or on: "an AIME score of 15.5", "the MMLU benchmark".</summary>
    private static readonly WordSet s_measureWords = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "score", "scores", "benchmark", "benchmarks", "leaderboard", "accuracy", "pass@1", "metric",
    });

    /// <summary>
    /// "achieves an AIME score of 15.5": a technique the lexicon knows, named as what a score is on, is a benchmark or a
    /// metric here, neither a technique the work uses nor a node of the map.
    /// </summary>
    private static bool NamesAMeasure(string text, List<Token> tokens, Mention m)
    {
        if (m.Type != EntityType.Technique) return false;
        // a known technique with a measure word after it: "the MMLU benchmark"
        if (m.Origin == MentionOrigin.Lexicon && NextWordIn(text, tokens, m, s_measureWords)) return true;
        // a name ending in a measure word, with its value right after: "an AIME score of 15.5" ("Tool Benefit Score" alone is a method)
        var last = tokens[m.TokenEnd - 1];
        if (m.TokenEnd - m.TokenStart < 2 || last.Kind != TokenKind.Word || !s_measureWords.Contains(text.AsSpan(last.Start, last.Length))) return false;
        int at = m.TokenEnd;
        if (at < tokens.Count && tokens[at].Kind == TokenKind.Word && CueMatcher.WordEquals(text.AsSpan(tokens[at].Start, tokens[at].Length), "of")) at++;
        return at < tokens.Count && tokens[at].Kind == TokenKind.Number;
    }

    /// <summary>The word right after the mention, a separate word, is one of <paramref name="words"/>: "the MMLU benchmark", "the Latent Space podcast".</summary>
    private static bool NextWordIn(string text, List<Token> tokens, Mention m, WordSet words) =>
        m.TokenEnd < tokens.Count && tokens[m.TokenEnd] is { Kind: TokenKind.Word, Joined: false } next && words.Contains(text.AsSpan(next.Start, next.Length));

    private static readonly WordSet s_showWords = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "podcast", "show", "newsletter", "episode", "channel", "blog", "substack",
    });

    /// <summary>
    /// "welcome to the Latent Space podcast", "the Practical AI show": the capitalised name of a show or newsletter,
    /// whatever field its words name, is neither a technique nor a domain.
    /// </summary>
    private static bool NamesAShow(string text, List<Token> tokens, Mention m)
    {
        if (m.Type is not (EntityType.Technique or EntityType.Domain) || !NextWordIn(text, tokens, m, s_showWords)) return false;
        for (int k = m.TokenStart; k < m.TokenEnd; k++)
            if (tokens[k].Kind == TokenKind.Word && !char.IsUpper(text[tokens[k].Start])) return false;
        return true;
    }

    private static readonly WordSet s_peopleAndMakers = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "researchers", "scientists", "engineers", "developers", "companies", "company", "firms", "firm", "labs", "lab",
        "startups", "startup", "government", "regulators", "officials", "universities", "giants", "team", "teams", "chipmakers",
    });

    /// <summary>
    /// "Chinese researchers train ...", "French startup Mistral": a capitalised one-word domain the lexicon knows as a
    /// language, before who or what comes from there, says where they are from, not what the work is for.
    /// </summary>
    private static bool NamesANationality(string text, List<Token> tokens, Mention m)
    {
        if (m.Type != EntityType.Domain || m.TokenEnd - m.TokenStart != 1) return false;
        // "Chinese", not an acronym ("NLP researchers" work on NLP)
        var word = text.AsSpan(tokens[m.TokenStart].Start, tokens[m.TokenStart].Length);
        if (word.Length < 4 || !char.IsUpper(word[0]) || word[1..].ContainsAnyInRange('A', 'Z')) return false;
        return NextWordIn(text, tokens, m, s_peopleAndMakers);
    }

    /// <summary>
    /// "AI Co-Scientist" in a headline is "AI co-scientist" in the text below it: a title-cased work's name is also
    /// found with its later words in lower case (the first word, and any acronym, as written), so the item's
    /// sentences name their work.
    /// </summary>
    private static void AddSentenceCaseForms(Dictionary<string, LexiconEntry> discovered)
    {
        List<(string Key, LexiconEntry Entry)>? changed = null;
        foreach (var (key, entry) in discovered)
        {
            if (entry.Type is not (EntityType.Paper or EntityType.Product)) continue;
            string sentenceCase = SentenceCase(entry.Canonical);
            if (sentenceCase == entry.Canonical || entry.Aliases.Contains(sentenceCase)) continue;
            (changed ??= []).Add((key, entry with { Aliases = [.. entry.Aliases, sentenceCase] }));
        }
        if (changed is null) return;
        foreach (var (key, entry) in changed) discovered[key] = entry;
    }

    /// <summary>"AI Co-Scientist" as "AI co-scientist": after the first word, a word with one capital, its first letter, is lower-cased.</summary>
    private static string SentenceCase(string name)
    {
        int firstBreak = name.IndexOf(' ');
        if (firstBreak < 0) return name;
        var chars = name.ToCharArray();
        bool wordStart = false;
        for (int i = firstBreak; i < chars.Length; i++)
        {
            if (chars[i] is ' ' or '-') { wordStart = true; continue; }
            if (wordStart && char.IsUpper(chars[i]))
            {
                int end = i + 1;
                while (end < chars.Length && chars[end] is not (' ' or '-')) end++;
                bool oneCapital = true;
                for (int k = i + 1; k < end; k++) oneCapital &= !char.IsUpper(chars[k]) && !char.IsDigit(chars[k]);
                if (oneCapital && end - i > 1) chars[i] = char.ToLowerInvariant(chars[i]);
            }
            wordStart = false;
        }
        return new string(chars);
    }

    /// <summary>
    /// "ORZ-32B" is a size of "Open-Reasoner-Zero (ORZ)": a discovered name whose base, its size or version set aside,
    /// is the form of another discovered name becomes a form of that one (whichever came first in the text).
    /// </summary>
    private static void VersionsJoinTheirWork(Dictionary<string, LexiconEntry> discovered)
    {
        List<(string Key, LexiconEntry Work)>? joins = null;
        Span<char> buffer = stackalloc char[128];
        var byKey = discovered.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (key, entry) in discovered)
        {
            if (!VersionSuffix.TryStrip(entry.Canonical, out var baseName)) continue;
            if (byKey.TryGetValue(EntityKey.Of(baseName, buffer), out var work) && work.Canonical != entry.Canonical
                && !VersionSuffix.TryStrip(work.Canonical, out _) && work.Type == entry.Type)
                (joins ??= []).Add((key, work));
        }
        if (joins is null) return;
        foreach (var (key, joinedTo) in joins)
        {
            // the work as earlier joins left it
            var work = byKey[EntityKey.Of(joinedTo.Canonical, buffer)];
            var entry = discovered[key];
            var aliases = new List<string>(work.Aliases);
            foreach (var f in (string[])[entry.Canonical, .. entry.Aliases])
                if (f != work.Canonical && !aliases.Contains(f)) aliases.Add(f);
            var joined = work with { Aliases = aliases };
            discovered[key] = joined;
            // every key of the work sees the new forms too
            foreach (var f in (string[])[work.Canonical, .. work.Aliases]) byKey[EntityKey.Of(f, buffer)] = joined;
        }
    }

    private static void CountForm(Dictionary<string, Dictionary<string, int>> forms, string form)
    {
        Span<char> buffer = stackalloc char[128];
        var key = EntityKey.Of(form, buffer);
        var byKey = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!byKey.TryGetValue(key, out var counts)) byKey[key] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
        CollectionsMarshal.GetValueRefOrAddDefault(counts, form, out _)++;
    }

    /// <summary>
    /// A name written several ways takes its most frequent spelling as label, the singular on a tie
    /// ("WaveGlider" over "WaveGliders"), then the longer ("MiniLoom 2.0" over "MiniLoom 2"). Short forms that
    /// stand for a longer name ("Seedance" for "Seedance 1.5") follow that name's label.
    /// </summary>
    private static void ChooseDiscoveredLabels(Dictionary<string, LexiconEntry> discovered, Dictionary<string, Dictionary<string, int>> forms)
    {
        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, counts) in forms)
        {
            if (counts.Count < 2 || !discovered.TryGetValue(key, out var entry) || EntityKey.Of(entry.Canonical) != key) continue;
            string? best = null;
            foreach (var (form, count) in counts)
            {
                if (best is null) { best = form; continue; }
                int bestCount = counts[best];
                bool better = count > bestCount
                    || (count == bestCount && IsPluralOf(best, form))
                    || (count == bestCount && !IsPluralOf(form, best) && (form.Length > best.Length
                        || (form.Length == best.Length && string.CompareOrdinal(form, best) < 0)));
                if (better) best = form;
            }
            if (best is null || best == entry.Canonical) continue;
            chosen[entry.Canonical] = best;
            var aliases = new List<string>(entry.Aliases) { entry.Canonical };
            aliases.Remove(best);
            discovered[key] = entry with { Canonical = best, Aliases = aliases };
        }
        if (chosen.Count == 0) return;
        foreach (var (key, entry) in discovered.ToList())
            if (chosen.TryGetValue(entry.Canonical, out var label)) discovered[key] = entry with { Canonical = label };
    }

    private static bool IsPluralOf(string plural, string singular) =>
        plural.Length == singular.Length + 1 && plural[^1] == 's' && plural.StartsWith(singular, StringComparison.Ordinal);

    /// <summary>The line, as written, is a markdown heading ("## Products") or a numbered item ("3. The ...", "2) ...").</summary>
    /// <summary>
    /// A roundup's bullet that opens with a work and a dash, its headline ("- Habitat 3.0 - The next milestone ...",
    /// "- StemGen by Bytedance - A music generation model"), starts an item of its own. A bullet that opens with a
    /// heading of another kind ("● Hierarchical Multi-Agent System – ...") is a point of the item it is in.
    /// </summary>
    private static bool OpensBulletItem(Document document, Sentence sentence, string text, List<Token> tokens, List<Mention> mentions)
    {
        if (!ListedItemNames.OpensBulletItem(document, sentence)) return false;
        if (mentions.Count == 0 || mentions[0].TokenStart != 0 || mentions[0].Type is not (EntityType.Paper or EntityType.Product)) return false;
        int after = mentions[0].TokenEnd;
        // "StemGen by Bytedance -": the maker may stand between the name and its dash
        if (mentions.Count > 1 && after < tokens.Count && tokens[after].Kind == TokenKind.Word && text.AsSpan(tokens[after].Start, tokens[after].Length) is "by" or "from"
            && mentions[1].TokenStart == after + 1)
            after = mentions[1].TokenEnd;
        return after < tokens.Count && tokens[after].Kind == TokenKind.Punct && !tokens[after].Joined && text[tokens[after].Start] is '-' or '\u2013' or '\u2014' or ':';
    }

    private static bool OpensItem(Document document, int lineNumber)
    {
        var line = document.Lines[lineNumber - 1];
        var raw = document.Text.AsSpan(line.Start, line.Length).TrimStart();
        if (raw.StartsWith('#')) return true;
        int digits = 0;
        while (digits < raw.Length && digits < 4 && char.IsAsciiDigit(raw[digits])) digits++;
        return digits is >= 1 and <= 3 && raw.Length > digits + 1 && raw[digits] is '.' or ')' && raw[digits + 1] == ' ';
    }
}
