using NUnit.Framework;
using Cartograph.Reading;
using static Cartograph.Tests.Reading.ReadingTestSupport;

namespace Cartograph.Tests.Reading;

public class SpeakerLabelTests
{
    [TestCase("Chris: Alright, let's go.", "Chris", "Alright, let's go.")]
    [TestCase("**Lily:** Okay, so what?", "Lily", "Okay, so what?")]
    [TestCase("**Lily**: Okay, so what?", "Lily", "Okay, so what?")]
    [TestCase("__Lily:__ Okay, so what?", "Lily", "Okay, so what?")]
    [TestCase("Daniel Whitenack (00:12:34): Welcome back.", "Daniel Whitenack", "Welcome back.")]
    [TestCase("[00:12:34] Daniel Whitenack: Welcome back.", "Daniel Whitenack", "Welcome back.")]
    [TestCase("\\[12:34\\] **Chris Benson:** Welcome back.", "Chris Benson", "Welcome back.")]
    [TestCase("Chris [00:12]: Welcome back.", "Chris", "Welcome back.")]
    [TestCase("Dr. Jane Doe: We measured it.", "Dr. Jane Doe", "We measured it.")]
    [TestCase("Ludwig van Beethoven: Da-da-da-dum.", "Ludwig van Beethoven", "Da-da-da-dum.")]
    [TestCase("Mary-Jane O'Neil: Sure.", "Mary-Jane O'Neil", "Sure.")]
    [TestCase("CHRIS: loud", "CHRIS", "loud")]
    public void Speaker_formats_are_recognised(string line, string name, string said)
    {
        Assert.That(SpeakerLabelParser.TryParse(line, out var label), Is.True);
        Assert.That(label.Name, Is.EqualTo(name));
        Assert.That(line[label.ContentOffset..], Is.EqualTo(said));
    }

    [TestCase("Note: this is not a person.")]
    [TestCase("Update: the model was retrained.")]
    [TestCase("Title: Attention Is All You Need")]
    [TestCase("Abstract: We propose a new architecture.")]
    [TestCase("Summary: it works.")]
    [TestCase("TL;DR: it works.")]
    [TestCase("Example:")]
    [TestCase("Step 1: install it")]
    [TestCase("**Update:** the model was retrained.")]
    [TestCase("See https://example.com: it is good")]
    [TestCase("https://example.com/a: b")]
    [TestCase("Meeting at 12:30: bring snacks")]
    [TestCase("The Model That Ate Everything Else: a story")]
    [TestCase("Chris said: hello")]
    [TestCase("Chris:no space after colon")]
    [TestCase("# Chris: heading")]
    [TestCase("- Chris: bullet")]
    [TestCase("")]
    public void Non_speaker_lines_are_not_labels(string line)
    {
        Assert.That(SpeakerLabelParser.TryParse(line, out _), Is.False);
    }

    [Test]
    public void Transcript_lines_get_speaker_and_content_offsets()
    {
        const string text = "Chris: Hello there.\n\nLily: Hi. [pauses] So.\nA continuation paragraph.\n";
        var doc = ReadText(text);
        Assert.That(doc.Lines, Has.Count.EqualTo(4));
        var l1 = doc.Lines[0];
        Assert.Multiple(() =>
        {
            Assert.That(l1, Is.EqualTo(new DocumentLine(1, 0, 19, 7, 12, "Chris")));
            Assert.That(doc.Lines[1].Speaker, Is.Null, "blank line");
            Assert.That(doc.Lines[2].Speaker, Is.EqualTo("Lily"));
            Assert.That(TextOf(doc, doc.Lines[2]), Is.EqualTo("Lily: Hi. [pauses] So."));
            Assert.That(doc.Text.Substring(doc.Lines[2].ContentStart, doc.Lines[2].ContentLength), Is.EqualTo("Hi. [pauses] So."));
            Assert.That(doc.Lines[3].Speaker, Is.EqualTo("Lily"), "continuation paragraph keeps the speaker");
            Assert.That(doc.Lines[3].ContentStart, Is.EqualTo(doc.Lines[3].Start));
            Assert.That(doc.Speakers, Is.EqualTo(new[] { "Chris", "Lily" }));
        });
    }

    [Test]
    public void Headings_do_not_reset_or_take_the_speaker()
    {
        var doc = ReadText("Chris: one\nLily: two\n## Part two\nstill Lily\nChris: three\n");
        Assert.That(doc.Lines.Select(l => l.Speaker), Is.EqualTo(new[] { "Chris", "Lily", null, "Lily", "Chris" }));
    }

    [Test]
    public void Guest_who_speaks_once_in_a_dialogue_is_a_speaker()
    {
        var doc = ReadText("Chris: a\nmore\nmore\nLily: b\nmore\nmore\nChris: c\nmore\nLily: d\nmore\nGuest Star: e\nmore\n");
        Assert.That(doc.Speakers, Is.EquivalentTo(new[] { "Chris", "Lily", "Guest Star" }));
    }

    [Test]
    public void A_lone_label_like_line_in_prose_is_not_a_speaker()
    {
        var doc = ReadText("# This week in AI\n\nA lot happened this week in research.\nOpenAI: released a new model with better reasoning.\nMore models came out.\nGoogle responded quickly.\n");
        Assert.That(doc.Speakers, Is.Empty);
        Assert.That(doc.Content, Does.Contain("OpenAI: released"));
    }

    [Test]
    public void An_abstract_title_with_a_colon_is_not_a_speaker()
    {
        var doc = ReadText("SparseMorph: Efficient Shape Editing with Sparse Attention\n\nWe present SparseMorph, a method for shape editing.\n");
        Assert.That(doc.Speakers, Is.Empty);
        Assert.That(doc.Content, Does.StartWith("SparseMorph: Efficient"));
    }

    [Test]
    public void A_person_like_title_name_over_a_paragraph_is_not_a_speaker()
    {
        var doc = ReadText("Heron: Fast Retrieval for Long Videos\n\nWe introduce Heron, a retrieval system.\n");
        Assert.That(doc.Speakers, Is.Empty);
    }

    [Test]
    public void Lone_bold_labels_in_a_markdown_digest_are_not_speakers()
    {
        var doc = ReadText("# Weekly digest\n\n**Google:** shipped a new model.\n\n**Anthropic:** raised prices.\n");
        Assert.That(doc.Speakers, Is.Empty);
        Assert.That(doc.Content, Does.Contain("Google").And.Contain("Anthropic"));
    }

    [Test]
    public void A_short_exchange_of_two_people_speaking_once_each_has_speakers()
    {
        var doc = ReadText("Kai: We've got Lumora today.\n\nJo: That model looks good.\n");
        Assert.That(doc.Speakers, Is.EqualTo(new[] { "Kai", "Jo" }));
    }

    [TestCase("Chris", true)]
    [TestCase("Dr. Jane Doe", true)]
    [TestCase("Mary-Jane O'Neil", true)]
    [TestCase("Ludwig van Beethoven", true)]
    [TestCase("SparseMorph", false)]
    [TestCase("OpenAI", false)]
    [TestCase("GPT", false)]
    public void Person_name_shape(string name, bool expected) =>
        Assert.That(SpeakerLabelParser.IsPersonName(name), Is.EqualTo(expected));

    [Test]
    public void Timestamped_label_is_a_speaker_even_alone()
    {
        var doc = ReadText("Intro text here.\nMore intro.\nEven more.\n[00:01:02] Chris: hello\n");
        Assert.That(doc.Lines[3].Speaker, Is.EqualTo("Chris"));
    }
}
