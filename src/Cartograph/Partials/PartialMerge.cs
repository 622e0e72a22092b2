using Cartograph.Extraction;

namespace Cartograph.Partials;

/// <summary>
/// Streams the documents of several partial graphs in one ascending (id, content hash) order: a
/// k-way merge of files that are each sorted, holding a bounded number of documents per file in memory.
/// </summary>
public static class PartialMerge
{
    /// <summary>
    /// Up to this many partials, each is parsed ahead by a thread of its own beside the fold (an update reads
    /// two: the graph's and the new documents'). Past it the parsing threads would outnumber the cores and
    /// hold <see cref="PartialReader.ReadAheadDocuments"/> documents each, so the files are read in turn.
    /// </summary>
    public const int MaxReadAhead = 4;

    /// <summary>Hands every document of every partial, with the index of its partial, to <paramref name="fold"/> in id order; returns how many.</summary>
    public static int Fold(IReadOnlyList<string> partials, Action<DocumentExtraction, int> fold)
    {
        var readers = new List<PartialReader>(partials.Count);
        try
        {
            bool readAhead = partials.Count <= MaxReadAhead;
            foreach (var p in partials) readers.Add(new PartialReader(p, readAhead));
            var heads = new PriorityQueue<(DocumentExtraction Doc, int Reader), (string, string, int)>(
                Comparer<(string Id, string Hash, int Reader)>.Create((a, b) =>
                {
                    int c = string.CompareOrdinal(a.Id, b.Id);
                    if (c != 0) return c;
                    c = string.CompareOrdinal(a.Hash, b.Hash);
                    return c != 0 ? c : a.Reader.CompareTo(b.Reader);
                }));
            for (int r = 0; r < readers.Count; r++) Enqueue(heads, readers, r);
            int n = 0;
            while (heads.TryDequeue(out var head, out _))
            {
                fold(head.Doc, head.Reader);
                n++;
                Enqueue(heads, readers, head.Reader);
            }
            return n;
        }
        finally
        {
            foreach (var r in readers) r.Dispose();
        }
    }

    private static void Enqueue(PriorityQueue<(DocumentExtraction, int), (string, string, int)> heads, List<PartialReader> readers, int r)
    {
        if (readers[r].Next() is { } doc) heads.Enqueue((doc, r), (doc.DocumentId, doc.ContentHash, r));
    }
}
