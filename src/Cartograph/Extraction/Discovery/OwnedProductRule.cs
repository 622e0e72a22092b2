using Cartograph.Extraction.Text;
using Cartograph.Graph;

namespace Cartograph.Extraction.Discovery;

/// <summary>
/// "Stability AI's Clipdrop platform", "Meta's Emu model": a capitalised name owned by a possessive name before it and
/// called a product by the noun after it is a product, even when it is one everyday word. The maker rules then read
/// the possessive as its maker.
/// </summary>
internal sealed class OwnedProductRule : IDiscoveryRule
{
    public string Name => "owned-product";

    public TokenShapes Trigger => TokenShapes.CapitalisedWord;

    public DiscoveryVerdict Apply(ref NameCandidate c) =>
        c.End - c.At <= 2 && c.HasNextWord && NameShapes.ProductNounLookup.Contains(c.NextWord) && OwnedByName(c.Text, c.Tokens, c.At)
            ? DiscoveryVerdict.Accept(c.Name(EntityType.Product))
            : DiscoveryVerdict.Pass;

    /// <summary>"Stability AI's" right before: a capitalised word, an apostrophe and a joined "s".</summary>
    private static bool OwnedByName(string text, List<Token> tokens, int at) =>
        at >= 3 && tokens[at - 1] is { Kind: TokenKind.Word, Length: 1 } s && text[s.Start] is 's' or 'S' && s.Joined
        && tokens[at - 2].Kind == TokenKind.Punct && text[tokens[at - 2].Start] is '\'' or '\u2019'
        && tokens[at - 3].Kind == TokenKind.Word && char.IsUpper(text[tokens[at - 3].Start]);
}
