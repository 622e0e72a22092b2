using Cartograph.Extraction.Text;
using Cartograph.Graph;
using Cartograph.Lexicons;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// What <see cref="MentionFinder"/> found at one token, kept so a second pass over the same sentence does not do it
/// again: the lexicon match once looked up (<see cref="EndPlusOne"/> 0: not yet; <see cref="Entry"/> null: none)
/// and the discovered name once tried (<see cref="DiscoverKnown"/>; <see cref="Discovered"/> null: none).
/// </summary>
internal struct TokenMatch
{
    public LexiconEntry? Entry;
    public int EndPlusOne;
    public bool DiscoverKnown;
    public Mention? Discovered;
}

/// <summary>
/// Finds the mentions of one sentence in a single left-to-right pass. First the sentence's quoted titles
/// (<see cref="QuotedTitles"/>); then at each word, the longest of (a) a lexicon form, (b) a name already discovered
/// elsewhere in the document, and (c) a new name the <see cref="DiscoveryPipeline"/>'s rules find from its shape or
/// from the cue before it. Ties go to the lexicon. Then what the winner says more: a product's tier ("Gemini Ultra"),
/// a released model introduced as the subject, an acronym defined after it.
/// </summary>
public sealed class MentionFinder
{
    private readonly Lexicon _lexicon;
    private readonly DiscoveryWords _words;
    private readonly DiscoveryPipeline _discovery;

    public MentionFinder(Lexicon lexicon) : this(lexicon, DiscoveryPipeline.Default)
    {
    }

    internal MentionFinder(Lexicon lexicon, DiscoveryPipeline discovery)
    {
        _lexicon = lexicon;
        _words = new DiscoveryWords(lexicon);
        _discovery = discovery;
    }

    public void Find(string text, List<Token> tokens, LexiconIndex? documentNames, ISet<string> speakers, List<Mention> found) =>
        Find(text, tokens, documentNames, speakers, found, default);

    /// <summary>
    /// As <see cref="Find(string, List{Token}, LexiconIndex?, ISet{string}, List{Mention})"/>, remembering the lexicon
    /// match and the discovered name at each token in <paramref name="matches"/> (one per token, or empty) so a second
    /// pass over the same sentence does not look them up again (neither depends on <paramref name="documentNames"/>).
    /// </summary>
    internal void Find(string text, List<Token> tokens, LexiconIndex? documentNames, ISet<string> speakers, List<Mention> found, Span<TokenMatch> matches)
    {
        found.Clear();
        QuotedTitles.Find(text, tokens, found);
        var sentence = new SentenceFacts(text, tokens, speakers);
        // only a title can cover a token still ahead: the loop moves past every mention it adds
        int titles = found.Count;
        int i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Kind == TokenKind.Punct || (titles > 0 && QuotedTitles.Covered(found, titles, i)))
            {
                i++;
                continue;
            }
            // the longest candidate wins; only the winner becomes a Mention
            LexiconEntry? bestEntry = null;
            int bestEnd = i;
            var bestOrigin = MentionOrigin.Lexicon;
            if (MatchLexicon(text, tokens, i, matches, out var entry, out int lexEnd))
            {
                bestEntry = entry;
                bestEnd = lexEnd;
            }
            // a name this document introduces as its paper outranks a lexicon product or method of the same words
            if (documentNames is not null && documentNames.TryMatch(text, tokens, i, out var known, out int knownEnd)
                && (bestEntry is null || knownEnd > bestEnd
                    || (knownEnd == bestEnd && known.Type == EntityType.Paper && bestEntry.Type is EntityType.Product or EntityType.Technique)))
            {
                bestEntry = known;
                bestEnd = knownEnd;
                bestOrigin = MentionOrigin.Discovered;
            }
            var discovered = Discover(text, tokens, i, sentence, found, matches);
            Mention? best;
            // "Gemini 2.0", "Gemini 2.5 Pro": a generation of a known product, and a tier of that, outrank a name made of the same words
            if (bestEntry is not null && bestOrigin == MentionOrigin.Lexicon && bestEntry.Type == EntityType.Product
                && ProductGenerations.VersionEnd(text, tokens, bestEnd) is int versionEnd and > 0
                && (discovered is null || discovered.TokenStart != i || discovered.TokenEnd <= versionEnd + 1))
            {
                var generation = ProductGenerations.Generation(bestEntry, text.Substring(tokens[bestEnd].Start, tokens[bestEnd].Length));
                if (ProductTiers.TierAfter(text, tokens, versionEnd) is { } generationTier)
                {
                    generation = ProductTiers.Variant(generation, generationTier);
                    versionEnd++;
                }
                discovered = null;
                bestEntry = generation;
                bestEnd = versionEnd;
            }
            // "PyTorch Native", "Gemini with GPT-4": ordinary words after a known product or company are no new name
            // (a version or a coined word is: "Gemini 2.0", "Llama-Adapter")
            if (discovered is not null && bestEntry is { Type: EntityType.Product or EntityType.Organization } && bestOrigin == MentionOrigin.Lexicon
                && discovered.TokenStart == i && discovered.TokenEnd > bestEnd && !KnownNameExtensions.ExtendsWithVersionOrCoinedWord(text, tokens, bestEnd, discovered.TokenEnd)
                && (bestEntry.Type == EntityType.Organization || KnownNameExtensions.JoinsAnotherName(text, tokens, bestEnd, discovered.TokenEnd)))
                discovered = null;
            // "on H100 FlashAttention-3 uses ...": a second known name after a space starts a name of its own
            if (discovered is not null && bestEntry is { Type: EntityType.Product or EntityType.Organization } && bestOrigin == MentionOrigin.Lexicon
                && discovered.TokenStart == i && discovered.TokenEnd > bestEnd && !tokens[bestEnd].Joined
                && _lexicon.Index.TryMatch(text, tokens, bestEnd, out _, out _))
                discovered = null;
            // a known product becomes the paper only when a cue introduces it ("Next up is Seedance 1.5"), not for a head
            // noun after it ("built upon the Llama-2 model")
            if (discovered is not null && (bestEntry is null || discovered.TokenEnd > bestEnd
                || (discovered.Introduced && discovered.TokenEnd >= bestEnd && bestEntry.Type == EntityType.Product && IntroductionCues.Before(text, tokens, i, knownName: true))))
            {
                best = discovered;
            }
            else if (bestEntry is not null && bestOrigin == MentionOrigin.Lexicon && bestEntry.Type == EntityType.Product
                && ProductTiers.TierAfter(text, tokens, bestEnd) is { } tier)
            {
                // "Gemini Ultra", "GPT-3.5 Turbo": a tier of a known product is a product of its own, by the same maker
                var variant = ProductTiers.Variant(bestEntry, tier);
                best = new Mention(i, bestEnd + 1, EntityType.Product, variant.Canonical, NameRuns.Span(text, tokens, i, bestEnd + 1), MentionOrigin.Lexicon, variant);
            }
            else if (bestEntry is not null)
            {
                best = new Mention(i, bestEnd, bestEntry.Type, bestEntry.Canonical, NameRuns.Span(text, tokens, i, bestEnd), bestOrigin,
                    bestOrigin == MentionOrigin.Lexicon ? bestEntry : null);
                if (discovered is { Introduced: true } && bestOrigin == MentionOrigin.Discovered && discovered.TokenEnd == bestEnd)
                    best = best with { Introduced = true }; // a known name, introduced again here by its cue
            }
            else
            {
                best = null;
            }
            if (best is null)
            {
                i++;
                continue;
            }
            // "We present Segment Anything Model 2": a released model introduced as the subject is the paper
            if (best.Origin == MentionOrigin.Lexicon && best.Type == EntityType.Product && IntroductionCues.Before(text, tokens, i, knownName: true))
                best = new Mention(i, best.TokenEnd, EntityType.Paper, best.Surface, best.Surface, MentionOrigin.Discovered, null) { Introduced = true };
            best = AcronymDefinitions.With(text, tokens, best);
            found.Add(best);
            i = Math.Max(best.TokenEnd, i + 1);
        }
        found.Sort((a, b) => a.TokenStart.CompareTo(b.TokenStart));
    }

    private bool MatchLexicon(string text, List<Token> tokens, int i, Span<TokenMatch> matches, out LexiconEntry entry, out int end)
    {
        if (i >= matches.Length) return _lexicon.Index.TryMatch(text, tokens, i, out entry, out end);
        ref var m = ref matches[i];
        if (m.EndPlusOne == 0)
        {
            bool found = _lexicon.Index.TryMatch(text, tokens, i, out var e, out int matchEnd);
            m.Entry = found ? e : null;
            m.EndPlusOne = matchEnd + 1;
        }
        entry = m.Entry!;
        end = m.EndPlusOne - 1;
        return m.Entry is not null;
    }

    /// <summary>
    /// The new name the discovery rules find at token <paramref name="i"/>, or null. What depends on the sentence alone
    /// is remembered in <paramref name="matches"/> for the second pass; what reads the mentions found before it (which
    /// the second pass may change) is worked out again.
    /// </summary>
    private Mention? Discover(string text, List<Token> tokens, int i, in SentenceFacts sentence, List<Mention> found, Span<TokenMatch> matches)
    {
        var shape = TokenShape.Of(text, tokens[i]);
        if (_discovery.RulesFor(shape).IsEmpty) return null;
        if (i >= matches.Length || !_discovery.DependsOnSentenceAlone(shape)) return Run(text, tokens, i, shape, sentence, found);
        ref var cached = ref matches[i];
        if (!cached.DiscoverKnown)
        {
            cached.Discovered = Run(text, tokens, i, shape, sentence, found);
            cached.DiscoverKnown = true;
        }
        return cached.Discovered;
    }

    private Mention? Run(string text, List<Token> tokens, int i, TokenShapes shape, in SentenceFacts sentence, List<Mention> found)
    {
        var candidate = new NameCandidate(text, tokens, i, shape, sentence, found, _words);
        return _discovery.Discover(ref candidate);
    }
}
