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
        var result = new DocumentExtraction(document.Id, document.ContentHash);
        var sentences = new List<Sentence>();
        SentenceSplitter.Split(document, sentences);
        var speakers = new HashSet<string>(document.Speakers, StringComparer.Ordinal);
        string text = document.Content;
        var tokens = new List<Token>(64);
        var mentions = new List<Mention>();

        // pass 1: the names this document introduces
        var discovered = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            Tokenizer.Tokenize(text, s.Start, s.End, tokens);
            _finder.Find(text, tokens, null, speakers, mentions);
            foreach (var m in mentions)
            {
                if (m.Origin != MentionOrigin.Discovered) continue;
                AddDiscovered(discovered, m.Label, m.Type, m.Introduced);
                if (m.Alias is not null) AddDiscovered(discovered, m.Alias, m.Type, m.Introduced, m.Label);
                // "Seedance 1.5" is also "Seedance"
                if (VersionSuffix.TryStrip(m.Label, out var baseName)) AddDiscovered(discovered, baseName, m.Type, m.Introduced, m.Label);
            }
        }
        var documentNames = discovered.Count == 0 ? null : new LexiconIndex([.. discovered.Values]);

        // pass 2: every mention, tied to an entity of this document
        var entities = new EntityTable(result);
        var analyses = new List<SentenceAnalysis>(sentences.Count);
        for (int si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            result.Sentences.Add(new EvidenceSentence(s.Line, s.Speaker, Quote(text, s.Start, s.End)));
            Tokenizer.Tokenize(text, s.Start, s.End, tokens);
            _finder.Find(text, tokens, documentNames, speakers, mentions);
            var analysis = SentenceCues.Analyse(s, text, tokens);
            int listGroup = 0;
            Mention? previous = null;
            foreach (var m in mentions)
            {
                if (m.IsWeak) continue;
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
        if (Environment.GetEnvironmentVariable("SEGDBG") is not null)
            for (int i = 0; i < segments.Length; i++)
                Console.Error.WriteLine($"{document.Id}:{result.Sentences[i].Line} [{(segments[i] < 0 ? "-" : result.Entities[segments[i]].Label)}]{(analyses[i].ShiftsTopic ? " SHIFT" : "")} {result.Sentences[i].Quote[..Math.Min(90, result.Sentences[i].Quote.Length)]}");
        RelationRules.Apply(result, analyses, segments);
        return result;
    }

    private static (EntityType Type, string Label) Canonical(Mention m, Dictionary<string, LexiconEntry> discovered)
    {
        if (m.Origin == MentionOrigin.Discovered && discovered.TryGetValue(EntityKey.Of(m.Label), out var d))
            return (d.Type, d.Canonical);
        // a released model introduced as the subject of the discussion is the paper being discussed
        if (m.Type == EntityType.Product && m.Introduced) return (EntityType.Paper, m.Surface);
        return (m.Type, m.Label);
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

    internal static string Quote(string content, int start, int end)
    {
        var sb = new System.Text.StringBuilder(Math.Min(end - start, MaxQuoteLength + 1));
        bool space = false;
        for (int i = start; i < end; i++)
        {
            char c = content[i];
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
            if (sb.Length >= MaxQuoteLength)
            {
                int cut = sb.ToString().LastIndexOf(' ');
                if (cut > MaxQuoteLength / 2) sb.Length = cut;
                sb.Append('\u2026');
                break;
            }
        }
        return sb.ToString();
    }
}
