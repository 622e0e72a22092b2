using System.Text.Json;
using Cartograph.Cli;
using Cartograph.Tests.Reading;
using Cartograph.Tests.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Cli;

/// <summary>A folder of captions, web pages, Whisper JSON and PDF builds like one of text files, evidence pointing into each file.</summary>
[TestFixture]
[NonParallelizable]
public sealed class FormatBuildTests
{
    [Test]
    public void AFolderOfEveryFormatBuildsWithEvidenceOnTheLinesOfTheFiles()
    {
        using var tmp = new Writing.TempDir();
        string folder = Directory.CreateDirectory(tmp.File("inbox")).FullName;
        File.WriteAllText(Path.Combine(folder, "ep.srt"), "1\n00:00:01,000 --> 00:00:04,000\nChris: Today we look at GateFusion,\n\n2\n00:00:04,000 --> 00:00:07,500\na new model from Google for speech recognition.\n");
        File.WriteAllText(Path.Combine(folder, "news.html"), "<html><body>\n<p>Anthropic released Claude, a model for code generation.</p>\n</body></html>\n");
        File.WriteAllText(Path.Combine(folder, "talk.json"), """{"segments": [{"text": " Meta released PolyGlide,"}, {"text": " a video model."}]}""");
        File.WriteAllBytes(Path.Combine(folder, "paper.pdf"), FormatTests.Pdf(["TalkVerse is a dataset from Meta for video generation."]));
        File.WriteAllText(Path.Combine(folder, "package.json"), """{"name": "not a transcript"}""");
        var r = CliHarness.Build([folder], tmp.File("out"), "--no-svg");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
        Assert.That(r.StdOut, Does.Contain("Read 4 of 5 documents"), r.ToString());
        Assert.That(r.StdErr, Does.Contain("package.json: warning: not a Whisper transcript"), r.ToString());

        var evidence = CliHarness.ReadJson(tmp.File("out")).GetProperty("nodes").EnumerateArray()
            .SelectMany(n => n.GetProperty("evidence").EnumerateArray())
            .Select(e => (Document: e.GetProperty("document").GetString(), Line: e.GetProperty("line").GetInt32(), Quote: e.GetProperty("quote").GetString()))
            .Distinct().ToArray();
        Assert.That(evidence, Does.Contain(("inbox/ep", 3, "Today we look at GateFusion, a new model from Google for speech recognition.")));
        Assert.That(evidence, Does.Contain(("inbox/news", 2, "Anthropic released Claude, a model for code generation.")));
        Assert.That(evidence, Does.Contain(("inbox/talk", 1, "Meta released PolyGlide, a video model.")));
        Assert.That(evidence.Select(e => e.Document), Does.Contain("inbox/paper"));
    }
}
