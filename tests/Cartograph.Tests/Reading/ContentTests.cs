using NUnit.Framework;
using Cartograph.Reading;
using static Cartograph.Tests.Reading.ReadingTestSupport;

namespace Cartograph.Tests.Reading;

public class ContentTests
{
    private static string Sp(int n) => new(' ', n);

    private static string Clean(string line, int from = 0)
    {
        var chars = line.ToCharArray();
        ContentCleaner.CleanLine(chars, from);
        var cleaned = new string(chars);
        Assert.That(cleaned, Has.Length.EqualTo(line.Length));
        return cleaned;
    }

    [Test]
    public void Stage_directions_are_blanked_with_offsets_kept()
    {
        const string text = "Chris: Right. [pauses] If they've solved it [chuckles], fine.\nLily: [sighs] Okay.\n";
        var doc = ReadText(text);
        Assert.Multiple(() =>
        {
            Assert.That(doc.Content, Has.Length.EqualTo(doc.Text.Length));
            Assert.That(doc.Content, Is.EqualTo(text.Replace("Chris: ", Sp(7)).Replace("Lily: ", Sp(6))
                .Replace("[pauses]", Sp(8)).Replace("[chuckles]", Sp(10)).Replace("[sighs]", Sp(7))));
            var i = doc.Text.IndexOf("solved", StringComparison.Ordinal);
            Assert.That(doc.Content.Substring(i, 6), Is.EqualTo("solved"));
            Assert.That(SaidOn(doc, doc.Lines[1]), Is.EqualTo("Okay."));
        });
    }

    [TestCase("[laughs]")]
    [TestCase("[crosstalk]")]
    [TestCase("[inaudible]")]
    [TestCase("[music]")]
    [TestCase("[clears throat]")]
    [TestCase("[Laughter]")]
    [TestCase("[MUSIC]")]
    [TestCase("(laughs)")]
    [TestCase("[00:12:34]")]
    [TestCase("(01:02)")]
    [TestCase("\\[pauses\\]")]
    public void Directions_and_timestamps_are_blanked(string token)
    {
        Assert.That(Clean($"so {token} then"), Is.EqualTo("so " + new string(' ', token.Length) + " then"));
    }

    [TestCase("[GPT-4 Technical Report]")]
    [TestCase("[1]")]
    [TestCase("(the big one)")]
    [TestCase("[a very long lowercase aside with many words]")]
    public void Other_brackets_are_kept(string token)
    {
        Assert.That(Clean($"so {token} then"), Is.EqualTo($"so {token} then"));
    }

    [Test]
    public void Markdown_link_keeps_text_and_blanks_url()
    {
        Assert.That(Clean("See [the paper](https://arxiv.org/abs/1706.03762) now."),
            Is.EqualTo("See  the paper" + Sp("](https://arxiv.org/abs/1706.03762)".Length) + " now."));
        Assert.That(Clean("![diagram](img.png) x"), Is.EqualTo("  diagram" + Sp("](img.png)".Length) + " x"));
    }

    [Test]
    public void Markdown_markup_is_blanked()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Clean("## Headline news"), Is.EqualTo("   Headline news"));
            Assert.That(Clean("- a **bold** claim"), Is.EqualTo("  a   bold   claim"));
            Assert.That(Clean("* item"), Is.EqualTo("  item"));
            Assert.That(Clean("12. numbered item"), Is.EqualTo("    numbered item"));
            Assert.That(Clean("> quoted text"), Is.EqualTo("  quoted text"));
            Assert.That(Clean("use `torch.compile` here"), Is.EqualTo("use  torch.compile  here"));
            Assert.That(Clean("---"), Is.EqualTo("   "));
            Assert.That(Clean("for *real-time* use, _really_."), Is.EqualTo("for  real-time  use,  really ."));
            Assert.That(Clean("5 * 3 = a*b in snake_case"), Is.EqualTo("5 * 3 = a*b in snake_case"));
            Assert.That(Clean("a \\*literal\\* star"), Is.EqualTo("a  *literal * star"));
        });
    }

    [Test]
    public void Bare_urls_are_blanked_but_sentence_punctuation_kept()
    {
        Assert.That(Clean("Code at https://github.com/x/y. Also www.example.com, ok"),
            Is.EqualTo("Code at " + Sp("https://github.com/x/y".Length) + ". Also " + Sp("www.example.com".Length) + ", ok"));
        Assert.That(Clean("(see https://en.wikipedia.org/wiki/A_(b)) done"),
            Is.EqualTo("(see " + Sp("https://en.wikipedia.org/wiki/A_(b)".Length) + ") done"));
        Assert.That(Clean("<https://x.org>"), Is.EqualTo(Sp(15)));
    }

    [Test]
    public void Speaker_label_and_timestamp_prefix_are_blanked()
    {
        var doc = ReadText("\\[12:34\\] **Chris:** Hello [laughs] world\n[00:00:05] Lily: Hi\n");
        Assert.That(doc.Content, Is.EqualTo(Sp(21) + "Hello" + Sp(10) + "world\n" + Sp(17) + "Hi\n"));
        Assert.That(SaidOn(doc, doc.Lines[0]), Is.EqualTo("Hello" + Sp(10) + "world"));
    }

    [Test]
    public void Newsletter_markdown_has_no_speakers_and_clean_prose()
    {
        const string text = """
            # The Batch: This Week in AI

            **Top story.** Meta released [Llama 3](https://ai.meta.com/llama) under a permissive license.

            ## Also noteworthy
            1. Mistral shipped a new model.
            2. Anthropic published research on interpretability.
            - DeepMind: AlphaFold 3 predicts complexes.
            * Read more at https://example.com/news.

            > Scaling is not all you need.
            """;
        var doc = ReadText(text);
        Assert.Multiple(() =>
        {
            Assert.That(doc.Speakers, Is.Empty);
            Assert.That(doc.Lines.All(l => l.Speaker is null));
            Assert.That(doc.Content, Does.Not.Contain("#").And.Not.Contain("**").And.Not.Contain("http").And.Not.Contain("](").And.Not.Contain(">"));
            Assert.That(doc.Content, Does.Contain("Meta released  Llama 3"));
            Assert.That(doc.Content, Does.Contain("   Mistral shipped a new model."));
            Assert.That(doc.Content, Does.Contain("  DeepMind: AlphaFold 3 predicts complexes."));
            Assert.That(doc.Lines[0].ContentStart, Is.EqualTo(0));
            Assert.That(doc.Content.Split('\n'), Has.Length.EqualTo(doc.Text.Split('\n').Length));
        });
    }

    [Test]
    public void Arxiv_abstract_is_prose_without_speakers()
    {
        const string text = "Attention Is All You Need\nThe dominant sequence transduction models are based on complex recurrent or convolutional neural networks. We propose the Transformer.\n";
        var doc = ReadText(text);
        Assert.That(doc.Lines, Has.Count.EqualTo(2));
        Assert.That(doc.Speakers, Is.Empty);
        Assert.That(doc.Content, Is.EqualTo(doc.Text));
    }
}
