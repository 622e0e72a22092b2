using Cartograph.Extraction.Discourse;
using Cartograph.Extraction.Text;
using Cartograph.Lexicons;
using NUnit.Framework;

namespace Cartograph.Tests.Extraction;

/// <summary>
/// A word token carries the length and hash of its lexicon key, computed as it is read; every look-up trusts them,
/// so they must equal what the key would give written out.
/// </summary>
[TestFixture]
public sealed class TokenKeyTests
{
    [TestCase("Transformers use attention, and the transformer's layers stack.")]
    [TestCase("ByteDance's GPT-4o and they're / they\u2019re at 14B, 4V and 1.5 x")]
    [TestCase("Ünïcödé Straße ΣΊΣΥΦΟΣ İstanbul status focus analysis gas bus")]
    [TestCase("A I an THE Models MODELS models's K\u212Aelvin")]
    public void EveryWordCarriesTheHashOfItsKey(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        foreach (var t in tokens)
        {
            var word = text.AsSpan(t.Start, t.Length);
            if (t.Kind == TokenKind.Punct)
            {
                Assert.That((t.KeyLength, t.KeyHash), Is.EqualTo(((byte)0, 0u)), word.ToString());
                continue;
            }
            int keyLength = TextKey.Length(word);
            Assert.That(t.KeyLength, Is.EqualTo(keyLength), word.ToString());
            Assert.That(t.KeyHash, Is.EqualTo(FoldedKeys.Hash(TextKey.Of(word).AsSpan(0, keyLength))), word.ToString());
        }
    }

    [Test]
    public void AWordTooLongForAKeyHasNone()
    {
        string text = "a" + new string('x', TextKey.MaxWordLength + 5) + " b";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        Assert.That((tokens[0].KeyLength, tokens[0].KeyHash), Is.EqualTo(((byte)0, 0u)));
        Assert.That(tokens[1].KeyLength, Is.EqualTo(1));
    }

    /// <summary>The method-head scan trusts this: a word-set's ignore-case equality and the key's fold agree on ASCII sets.</summary>
    [Test]
    public void NoCharacterOutsideAsciiEqualsAnAsciiOneIgnoringCase()
    {
        Span<char> wide = stackalloc char[1], ascii = stackalloc char[1];
        var equal = new List<string>();
        for (int c = 128; c <= char.MaxValue; c++)
        {
            wide[0] = (char)c;
            for (char a = ' '; a < (char)127; a++)
            {
                ascii[0] = a;
                if (MemoryExtensions.Equals(wide, ascii, StringComparison.OrdinalIgnoreCase)) equal.Add($"U+{c:X4} ~ {a}");
            }
        }
        Assert.That(equal, Is.Empty);
    }

    [Test]
    public void TheHashFilterNeverRulesOutAKey()
    {
        var hashes = Enumerable.Range(0, 5000).Select(i => FoldedKeys.Hash($"key{i}")).ToList();
        var filter = new KeyHashFilter(hashes, bitsPerKey: 8);
        Assert.That(hashes.All(filter.MayContain), Is.True);
        int others = Enumerable.Range(0, 5000).Count(i => filter.MayContain(FoldedKeys.Hash($"other{i}")));
        Assert.That(others, Is.LessThan(1000), "eight bits per key rule out most other words");
    }

    [TestCase("That\u2019s it for today, folks.", "that's it for today")]
    [TestCase("NEXT one\u2019s a big one.", "next one")]
    [TestCase("Next one's a big one.", "next one")]
    [TestCase("rock\u2019n'roll\u2019s back.", "rock'n'roll's back")]
    [TestCase("ROCK'n\u2019roll back.", "rock'n'roll back")]
    public void ACuePhraseMatchesInAnyCaseAndWithEitherApostrophe(string sentence, string phrase)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(sentence, 0, sentence.Length, tokens);
        Assert.That(CueMatcher.MatchAt(sentence, tokens, 0, Cues.Phrases(phrase)), Is.EqualTo(phrase.Split(' ').Length));
    }
}
