using Cartograph.Extraction.Text;
using Cartograph.Graph;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// A model's part named by what it reads or writes: "a depth encoder", "the mask decoder", "audio tokenizers". The
/// bare part ("decoder") says nothing of the work; with the data it handles it is one of the work's techniques. Only
/// the nouns of data and modalities make such a name, so "a new decoder" or "a lightweight encoder" stay the part.
/// </summary>
internal static class ModalityComponents
{
    // asked of every word of every sentence: a WordSet rules most words out before hashing them
    private static readonly WordSet s_parts = new(new HashSet<string>(StringComparer.Ordinal)
    {
        "encoder", "encoders", "decoder", "decoders", "tokenizer", "tokenizers", "adapter", "adapters", "projector", "projectors",
    });

    private static readonly WordSet s_modalities = new(new HashSet<string>(StringComparer.Ordinal)
    {
        "image", "text", "vision", "visual", "audio", "speech", "video", "depth", "mask", "point", "language", "motion",
        "pose", "graph", "scene", "layout", "sensor", "action", "patch", "pixel", "voxel", "prompt", "query", "music", "sound",
        "molecule", "protein", "trajectory", "map", "frame", "table", "code",
    });

    /// <summary>Adds, to <paramref name="mentions"/> (in token order), the parts named with their modality, over a bare part the lexicon found.</summary>
    public static void Find(string text, List<Token> tokens, List<Mention> mentions)
    {
        for (int part = 1; part < tokens.Count; part++)
        {
            var p = tokens[part];
            if (p.Kind != TokenKind.Word || !s_parts.Contains(text.AsSpan(p.Start, p.Length))) continue;
            var m = tokens[part - 1];
            if (m.Kind != TokenKind.Word || m.Joined || !s_modalities.Contains(text.AsSpan(m.Start, m.Length))) continue;
            // "light-weight image encoders" is already the lexicon's vision encoder; only a bare part gives way
            if (CoveredBeyondPart(mentions, part - 1, part)) continue;
            // a loop, not RemoveAll with a lambda: the lambda's closure over `part` was allocated on every call, every sentence
            for (int k = mentions.Count - 1; k >= 0; k--)
                if (mentions[k].TokenStart == part && mentions[k].TokenEnd == part + 1) mentions.RemoveAt(k);
            var head = text.AsSpan(p.Start, p.Length);
            string label = string.Concat(text.AsSpan(m.Start, m.Length), " ", head.EndsWith("s") ? head[..^1] : head);
            SentenceMentions.InsertIfFree(mentions, new Mention(part - 1, part + 1, EntityType.Technique, label, text[m.Start..p.End], MentionOrigin.Discovered, null));
        }
    }

    /// <summary>A mention other than the bare part covers the modality word or the part.</summary>
    private static bool CoveredBeyondPart(List<Mention> mentions, int modality, int part)
    {
        foreach (var x in mentions)
        {
            if (x.TokenStart == part && x.TokenEnd == part + 1 && x.Origin == MentionOrigin.Lexicon) continue;
            if (x.TokenStart <= part && x.TokenEnd > modality) return true;
        }
        return false;
    }
}
