using Cartograph.Extraction;
using Cartograph.Graph;

namespace Cartograph.Resolution;

/// <summary>
/// The quotes of one document being folded, one <see cref="Evidence"/> per sentence, made on first
/// use and shared by every node and edge that sentence supports: a sentence typically backs an
/// entity or two and a relation, and at millions of quotes a copy per use is hundreds of MB.
/// </summary>
internal sealed class DocumentQuotes(DocumentExtraction doc)
{
    private readonly Evidence?[] _made = new Evidence?[doc.Sentences.Count];

    public string DocumentId => doc.DocumentId;

    public Evidence Of(int sentence)
    {
        if (_made[sentence] is { } made) return made;
        var s = doc.Sentences[sentence];
        return _made[sentence] = new Evidence(doc.DocumentId, s.Line, s.Speaker, s.Quote);
    }
}
