using System.Text;
using Cartograph.Reading;
using NUnit.Framework;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using static Cartograph.Tests.Reading.ReadingTestSupport;

namespace Cartograph.Tests.Reading;

/// <summary>
/// Captions, web pages, Whisper JSON and PDF are read as what is said in them, with the same guarantees as text:
/// markup, timings and hidden text are not text, a sentence stays on the line of the file where it starts, and a
/// bad file is a problem naming it, never an exception.
/// </summary>
[TestFixture]
public sealed class FormatTests
{
    private static ReadResult ReadAs(string name, string text) => Reader.Read(Encoding.UTF8.GetBytes(text), name, Path.GetFileNameWithoutExtension(name));

    private static Document Read(string name, string text)
    {
        var result = ReadAs(name, text);
        Assert.That(result.Problem, Is.Null, result.ToString());
        return result.Document!;
    }

    /// <summary>What is said on each line that says something: (line number, speaker, words).</summary>
    private static (int Line, string? Speaker, string Said)[] Said(Document doc) =>
        [.. doc.Lines.Where(l => !doc.LineContent(l).IsWhiteSpace()).Select(l => (l.Number, l.Speaker, SaidOn(doc, l)))];

    private const string Srt = """
        1
        00:00:01,000 --> 00:00:04,000
        Chris: Today we look at GateFusion,

        2
        00:00:04,000 --> 00:00:07,500
        a new model from Google for <i>speech recognition</i>.

        3
        00:00:08,000 --> 00:00:10,000
        Lily: And TalkVerse is a dataset from Meta.

        """;

    [Test]
    public void SrtIsReadWithoutCueNumbersAndTimingsAndASentenceStaysOnTheLineWhereItStarts()
    {
        var doc = Read("ep.srt", Srt);
        Assert.That(Said(doc), Is.EqualTo(new (int, string?, string)[]
        {
            (3, "Chris", "Today we look at GateFusion, a new model from Google for speech recognition."),
            (11, "Lily", "And TalkVerse is a dataset from Meta."),
        }));
        Assert.That(doc.Content, Does.Not.Contain("-->").And.Not.Contain("00:00").And.Not.Contain("<i>"));
    }

    [Test]
    public void VttVoicesAreSpeakersAndHeadersNotesTagsAndRollingRepeatsAreNotText()
    {
        var doc = Read("ep.vtt", """
            WEBVTT
            Kind: captions

            NOTE a comment that is
            not said

            intro
            00:00:01.000 --> 00:00:04.000 align:start position:0%
            <v Chris>Today we look at PolyGlide,</v>

            00:00:04.000 --> 00:00:06.000
            <v Chris>a new video model from <c.yellow>Meta</c>.</v>

            00:00:06.000 --> 00:00:08.000
            <v.loud Lily>PolyGlide<00:00:06.500><c> uses diffusion &amp; transformers.</c></v>

            00:00:08.000 --> 00:00:09.000
            <v.loud Lily>PolyGlide uses diffusion &amp; transformers.</v>

            """);
        Assert.That(Said(doc), Is.EqualTo(new (int, string?, string)[]
        {
            (9, "Chris", "Today we look at PolyGlide, a new video model from Meta."),
            (15, "Lily", "PolyGlide uses diffusion & transformers."),
        }));
        Assert.That(doc.Content, Does.Not.Contain("comment").And.Not.Contain("Kind").And.Not.Contain("intro"));
    }

    [Test]
    public void CaptionsWithoutCuesAreAProblemNotAnEmptyDocument()
    {
        var result = ReadAs("notes.srt", "Just some text, no cues.\n");
        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Problem!.Message, Does.Contain("no caption cues"));
    }

    [Test]
    public void HtmlIsReadAsItsVisibleTextOnTheLinesWhereItsBlocksStart()
    {
        var doc = Read("news.html", """
            <!doctype html>
            <html><head><title>Weekly AI</title><style>p { color: red }</style>
            <script>document.write("<p>OpenAI wrote this</p>")</script></head>
            <body>
            <h2>Models</h2>
            <p>Anthropic released <b>Claude</b>, a model for
            code generation.</p>
            <div hidden>Gemini is hidden</div><p style="display: none">Mistral is invisible</p>
            <span aria-hidden="true">Cohere is for screen readers to skip</span>
            <ul><li>Google uses diffusion transformers &amp; more.</li></ul>
            <noscript>Enable JavaScript</noscript><template><p>Llama template</p></template>
            </body></html>
            """);
        Assert.That(Said(doc).Select(s => (s.Line, s.Said)), Is.EqualTo(new (int, string)[]
        {
            (5, "Models"),
            (6, "Anthropic released Claude, a model for code generation."),
            (10, "Google uses diffusion transformers & more."),
        }));
        Assert.That(doc.Text, Does.Contain("## Models"), "a heading stays a heading");
        foreach (var unseen in new[] { "Weekly AI", "color", "OpenAI", "Gemini", "Mistral", "Cohere", "JavaScript", "Llama" })
            Assert.That(doc.Text, Does.Not.Contain(unseen));
    }

    [Test]
    public void AMinifiedPageStillGivesOneLinePerBlock()
    {
        var doc = Read("min.html", "<html><body><h1>News</h1><p>Meta released Llama.</p><p>Google released Gemini.</p></body></html>");
        Assert.That(Said(doc).Select(s => s.Said), Is.EqualTo(new[] { "News", "Meta released Llama.", "Google released Gemini." }));
    }

    [Test]
    public void AnAbsurdlyDeepPageIsRefusedQuicklyAndARealOneIsRead()
    {
        const int depth = 100_000;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var deep = ReadAs("deep.html", string.Concat(Enumerable.Repeat("<div>", depth)) + "Meta released Llama.");
        Assert.That(deep.Succeeded, Is.False);
        Assert.That(deep.Problem!.Message, Does.Contain("nested"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), "refused before the parser spends minutes on it");
        var usual = Read("usual.html", string.Concat(Enumerable.Repeat("<div>", 200)) + "Meta released Llama." + string.Concat(Enumerable.Repeat("</div>", 200)));
        Assert.That(Said(usual).Single().Said, Is.EqualTo("Meta released Llama."));
    }

    [Test]
    public void WhisperSegmentsAreLinesAndASentenceSplitOverTwoIsJoinedOnTheFirst()
    {
        var doc = Read("talk.json", """
            {"text": " Today we look at GateFusion, a new model from Google.", "language": "en",
             "segments": [{"id": 0, "start": 0.0, "end": 2.0, "text": " Today we look at GateFusion,"},
                          {"id": 1, "start": 2.0, "end": 4.0, "text": " a new model from Google."},
                          {"id": 2, "start": 4.0, "end": 6.0, "text": " It reads speech.", "speaker": "SPEAKER_01"}]}
            """);
        Assert.That(Said(doc).Select(s => (s.Line, s.Said)), Is.EqualTo(new (int, string)[]
        {
            (1, "Today we look at GateFusion, a new model from Google."),
            (3, "SPEAKER_01: It reads speech."),
        }).Or.EqualTo(new (int, string)[]
        {
            (1, "Today we look at GateFusion, a new model from Google."),
            (3, "It reads speech."),
        }));
    }

    [Test]
    public void WhisperTextIsReadWhenThereAreNoSegments()
    {
        var doc = Read("talk.json", """{"text": " Meta released Llama. Google released Gemini."}""");
        Assert.That(Said(doc).Single().Said, Is.EqualTo("Meta released Llama. Google released Gemini."));
    }

    [Test]
    public void OtherJsonIsSkippedWithAWarningAndBrokenJsonIsAnError()
    {
        var other = ReadAs("package.json", """{"name": "left-pad", "version": "1.0.0"}""");
        Assert.That(other.Succeeded, Is.False);
        Assert.That(other.Problem!.Severity, Is.EqualTo(ProblemSeverity.Warning));
        Assert.That(other.Problem.Message, Does.Contain("not a Whisper transcript"));
        var broken = ReadAs("talk.json", """{"segments": [{"text": "cut off""");
        Assert.That(broken.Succeeded, Is.False);
        Assert.That(broken.Problem!.Severity, Is.EqualTo(ProblemSeverity.Error));
        var deep = ReadAs("deep.json", new string('[', 10_000) + new string(']', 10_000));
        Assert.That(deep.Succeeded, Is.False, "nesting past the JSON reader's depth limit is a problem, not a crash");
    }

    /// <summary>A two-page PDF written with PdfPig: each line of <paramref name="pages"/> a line of text.</summary>
    internal static byte[] Pdf(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            double y = 780;
            foreach (var line in lines)
            {
                page.AddText(line, 11, new UglyToad.PdfPig.Core.PdfPoint(50, y), font);
                y -= 16;
            }
        }
        return builder.Build();
    }

    [Test]
    public void PdfTextIsReadPageByPageWithBrokenLinesJoined()
    {
        var bytes = Pdf(
            ["SparseMorph: shape editing", "We propose SparseMorph, a trans-", "former for shape editing from Google."],
            ["Meta released Llama."]);
        var result = Reader.Read(bytes, "paper.pdf", "paper");
        Assert.That(result.Problem, Is.Null, result.ToString());
        var said = Said(result.Document!).Select(s => s.Said).ToArray();
        Assert.That(said, Does.Contain("Meta released Llama."));
        Assert.That(string.Join(" ", said), Does.Contain("We propose SparseMorph, a transformer for shape editing from Google."));
    }

    [TestCase(new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', (byte)'1', (byte)'.', (byte)'4', (byte)'\n', 1, 2, 3 })]
    [TestCase(new byte[] { (byte)'h', (byte)'e', (byte)'l', (byte)'l', (byte)'o' })]
    public void ABrokenPdfIsAProblemNamingItNotACrash(byte[] bytes)
    {
        var result = Reader.Read(bytes, "broken.pdf", "broken");
        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Problem!.Path, Is.EqualTo("broken.pdf"));
        Assert.That(result.Problem.Message, Does.Contain("PDF"));
    }

    [Test]
    public void AFolderWalkReadsEveryFormatAndNothingElse()
    {
        using var dir = new TempDir();
        foreach (var name in new[] { "a.txt", "b.md", "c.srt", "d.vtt", "e.html", "f.json", "g.pdf", "h.docx", "i.png", "j.jsonl" })
            dir.Write(name, "x");
        var names = CorpusScanner.Scan([dir.Path]).Files.Select(Path.GetFileName);
        Assert.That(names, Is.EqualTo(new[] { "a.txt", "b.md", "c.srt", "d.vtt", "e.html", "f.json", "g.pdf" }));
    }

    private const string MarkdownWithCode = """
        # Release notes

        Meta released Llama for code generation.

        ```python
        Chris: this line is code, not a speaker
        model = "GateFusion from Google"
        ```

            indented: code too, GateFusion again

        [1]: https://example.com/gatefusion "GateFusion"

        <div align="center"><img src="x.png"></div>

        Google released Gemini.
        """;

    [Test]
    public void MarkdownCodeHtmlBlocksAndLinkDefinitionsAreNotReadAndProseIs()
    {
        var doc = Read("notes.md", MarkdownWithCode);
        Assert.That(Said(doc).Select(s => s.Said), Is.EqualTo(new[] { "Release notes", "Meta released Llama for code generation.", "Google released Gemini." }));
        Assert.That(doc.Content, Does.Not.Contain("GateFusion").And.Not.Contain("Chris").And.Not.Contain("img"));
        Assert.That(doc.Lines.Count(l => l.Speaker is not null), Is.Zero, "a line in a code fence is no speaker label");
    }

    [Test]
    public void ATranscriptInATxtFileIsNotReadAsMarkdown()
    {
        // CommonMark would make the indented turn code and the line above '---' a heading
        var doc = Read("episode.txt", "Chris: Meta released Llama.\n    Lily: Google released Gemini.\n---\nChris: Right.\n");
        Assert.That(doc.Content, Does.Contain("Google released Gemini."));
    }

    [Test]
    public void AMarkdownFileNestedAbsurdlyDeepIsStillReadByTheCleaner()
    {
        var doc = Read("deep.md", new string('>', 100_000) + " Meta released Llama.\n\nGoogle released Gemini.\n");
        Assert.That(doc.Content, Does.Contain("Google released Gemini."));
    }
}
