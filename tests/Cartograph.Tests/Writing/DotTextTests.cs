using NUnit.Framework;
using Cartograph.Writing;

namespace Cartograph.Tests.Writing;

[TestFixture]
public sealed class DotTextTests
{
    [TestCase("node", "\"node\"")]
    [TestCase("a:b", "\"a:b\"")]
    [TestCase("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [TestCase("end\\", "\"end\\\\\"")]
    [TestCase("a\nb", "\"a\\nb\"")]
    public void QuotesIds(string id, string expected)
    {
        var w = new StringWriter();
        DotText.WriteId(w, id);
        Assert.That(w.ToString(), Is.EqualTo(expected));
    }

    [TestCase("\\N & x", "\"\\\\N &amp; x\"")]
    [TestCase("a\r\nb\u0001", "\"a\\nb\"")]
    public void EscapesLabels(string text, string expected)
    {
        var w = new StringWriter();
        DotText.WriteLabel(w, text);
        Assert.That(w.ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void TooltipBackslashesAreWrittenFourTimes()
    {
        var w = new StringWriter();
        DotText.WriteTooltip(w, "\\N");
        Assert.That(w.ToString(), Is.EqualTo("\"\\\\\\\\N\""));
    }

    [Test]
    public void TextCleanerStripsOnlyXmlIllegalCharacters()
    {
        Assert.That(TextCleaner.Clean("a\u0000b\u0008c\td\ne\rf\uFFFEg\uD800h😀"), Is.EqualTo("abc\td\ne\rfgh😀"));
        const string clean = "already clean O(N²)";
        Assert.That(TextCleaner.Clean(clean), Is.SameAs(clean));
    }
}
