using Cartograph.Extraction.Text;
using Cartograph.Graph;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// "Masked Alignment Loss", "VideoCus-Factory": a name whose own head is a method word is a technique. Title case
/// mid-sentence is the signal, so ordinary words inside are fine ("Tool Benefit Score"); in a title line every word
/// is capitalised, so only a coined name counts there, not "Fast Retrieval". A work that introduces it as a whole
/// work keeps it a paper: "We present QZhou-Embedding, a general-purpose text embedding model".
/// </summary>
internal sealed class MethodHeadNameRule : IDiscoveryRule
{
    /// <summary>How many words an appositive may put before its head: "a general-purpose contextual text embedding model".</summary>
    private const int AppositiveWords = 7;

    public string Name => "method-head-name";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c)
    {
        if (!(NameShapes.MethodHeadLookup.Contains(c.LastWord) && (c.Coined || (c.CapitalWords >= 2 && !c.Sentence.TitleCase))))
            return DiscoveryVerdict.Pass;
        int end = c.End;
        bool introducedAsWork = c.Introduced && end < c.Tokens.Count && c.Tokens[end].Kind == TokenKind.Punct && c.Text[c.Tokens[end].Start] == ','
            && NameRuns.PaperHeadWithin(c.Text, c.Tokens, end + 1, AppositiveWords);
        return DiscoveryVerdict.Accept(c.Name(introducedAsWork ? EntityType.Paper : EntityType.Technique, introducedAsWork));
    }
}
