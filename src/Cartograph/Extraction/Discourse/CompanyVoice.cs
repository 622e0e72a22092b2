using Cartograph.Extraction.Relations;
using Cartograph.Graph;

namespace Cartograph.Extraction.Discourse;

/// <summary>
/// A guest who speaks for a company. In an interview the guest's "we" is the company ("what we're using is a
/// convolutional neural network", "we do love attention"), and a company stands for its product (EXTRACTION.md), so
/// the techniques and domains of the guest's "we" sentences are the company's. A speaker speaks for a company when
/// the conversation ties the two together: the speaker names it in a "we" sentence ("they see our Aidoc icons, we
/// show them ...") or another speaker names it while addressing them ("from Imbue's perspective, how do you ...").
/// Hosts say "we" for the show and name companies they talk about, so a tie must be clear: the company is named in
/// ties more often than any other by that speaker, and the speaker says "we" in a good share of what they say.
/// </summary>
internal static class CompanyVoice
{
    /// <summary>A company's voice says "we" in at least this share of their sentences (a host says it far less).</summary>
    private const double WeShare = 0.2;

    /// <summary>And in at least this many sentences: one "we" is no company speaking.</summary>
    private const int WeSentences = 3;

    /// <summary>
    /// For each sentence, the company its speaker speaks for when the sentence says "we", or <see cref="RelationSubjects.None"/>;
    /// null when nobody in the document speaks for a company.
    /// </summary>
    public static int[]? Assign(DocumentExtraction x, List<SentenceAnalysis> sentences)
    {
        if (Guest(sentences) is not { } guest) return null;
        Dictionary<int, int>? ties = null;
        for (int si = 0; si < sentences.Count; si++)
        {
            var a = sentences[si];
            // the guest's "we" sentences, and others' "you" sentences the guest answers next
            bool tied = a.Sentence.Speaker == guest
                ? (a.Persons & GrammaticalPersons.FirstPlural) != 0
                : (a.Persons & GrammaticalPersons.Second) != 0 && NextSpeaker(sentences, si) == guest;
            if (!tied) continue;
            foreach (var m in a.Mentions)
            {
                if (m.Contrastive || (m.Cues & MentionCues.Institution) != 0 || x.Entities[m.Entity].Type != EntityType.Organization) continue;
                ties ??= [];
                ties[m.Entity] = ties.GetValueOrDefault(m.Entity) + 1;
            }
        }
        if (ties is null) return null;
        int company = RelationSubjects.None, most = 0, second = 0;
        foreach (var (tied, n) in ties)
        {
            if (n > most || (n == most && tied < company)) { second = most; company = tied; most = n; }
            else if (n > second) second = n;
        }
        if (most == second) return null;

        var companyOf = new int[sentences.Count];
        for (int si = 0; si < sentences.Count; si++)
        {
            var a = sentences[si];
            companyOf[si] = a.Sentence.Speaker == guest && (a.Persons & GrammaticalPersons.FirstPlural) != 0 ? company : RelationSubjects.None;
        }
        return companyOf;
    }

    /// <summary>
    /// The speaker who says clearly the most (the guest answers at length; the hosts ask), when they say "we" in a good
    /// share of it; or null.
    /// </summary>
    private static string? Guest(List<SentenceAnalysis> sentences)
    {
        Dictionary<string, (int Sentences, int We)>? said = null;
        foreach (var a in sentences)
        {
            if (a.Sentence.Speaker is not { } speaker) continue;
            said ??= new(StringComparer.Ordinal);
            var (count, we) = said.GetValueOrDefault(speaker);
            said[speaker] = (count + 1, we + ((a.Persons & GrammaticalPersons.FirstPlural) != 0 ? 1 : 0));
        }
        if (said is null) return null;
        string? guest = null;
        int most = 0, second = 0, guestWe = 0;
        foreach (var (speaker, (count, we)) in said)
        {
            if (count > most) { second = most; most = count; guest = speaker; guestWe = we; }
            else if (count > second) second = count;
        }
        return most > second && guestWe >= WeSentences && guestWe >= WeShare * most ? guest : null;
    }

    /// <summary>The speaker of the next turn by someone else.</summary>
    private static string? NextSpeaker(List<SentenceAnalysis> sentences, int si)
    {
        var speaker = sentences[si].Sentence.Speaker;
        for (int j = si + 1; j < sentences.Count; j++)
            if (sentences[j].Sentence.Speaker is { } next && next != speaker) return next;
        return null;
    }
}
