using NUnit.Framework;
using Cartograph.Writing;

namespace Cartograph.Tests.Writing;

/// <summary>
/// graph.html in a real browser: Debian's chromium, headless, driven by puppeteer-core (tests/consumers/check_explorer.mjs).
/// The page must load with no console error and no network request, show every node of graph.json, find a node by
/// its name and its aliases, and show a clicked node's quotes; a quote that is markup must stay text.
/// A missing chromium or npm package fails the test with a pointer to scripts/install-test-deps.sh.
/// </summary>
[TestFixture]
[NonParallelizable] // a browser is heavy; the machine is small
public sealed class ExplorerBrowserTests
{
    private static readonly TimeSpan BrowserTimeout = TimeSpan.FromMinutes(3);

    [Test]
    public void TheSeedsExplorerFindsTalkVerseAndShowsItsQuotes()
    {
        string output = RunCheck(Path.Combine(RepoPaths.Root, "out", GraphWriters.HtmlFile), Path.Combine(RepoPaths.Root, "out", GraphWriters.JsonFile),
            "--find", "TalkVerse");
        Assert.That(output, Does.Contain("check_explorer: ok"));
    }

    [Test]
    public void AQuoteThatIsMarkupIsShownAsTextAndNeverRuns()
    {
        using var dir = new TempDir();
        GraphWriters.WriteAll(TestGraphs.Nasty(), TestGraphs.Meta, dir.Path, new GraphWriteOptions(RenderSvg: false));
        string output = RunCheck(dir.File(GraphWriters.HtmlFile), dir.File(GraphWriters.JsonFile),
            "--find", "Attention <&\"'\\|> Is All", "--quote", TestGraphs.ScriptQuote);
        Assert.That(output, Does.Contain("check_explorer: ok"));
    }

    [Test]
    public void TheExplorerIsOneFileThatLoadsNothingFromOutside()
    {
        using var dir = new TempDir();
        GraphWriters.WriteAll(TestGraphs.Nasty(), TestGraphs.Meta, dir.Path, new GraphWriteOptions(RenderSvg: false));
        string html = File.ReadAllText(dir.File(GraphWriters.HtmlFile));
        Assert.That(html, Does.Contain("cytoscape").And.Contain("Content-Security-Policy"), "the library is inlined and the page forbids loading anything");
        Assert.That(html, Does.Not.Contain("src=\"http").And.Not.Contain("href=\"http"), "no external script or style");
        Assert.That(html, Does.Not.Contain("<script>window.__pwned"), "the quote's markup must be escaped in the data");
        Assert.That(html, Does.Contain("\\u003C/script\\u003E\\u003Cscript\\u003Ewindow.__pwned"), "the quote is in the data, escaped");
    }

    private static string RunCheck(string html, string json, params string[] options)
    {
        string node = ExternalProcess.RequireOnPath("node");
        ExternalProcess.Require("/usr/bin/chromium");
        Assert.That(Directory.Exists(Path.Combine(RepoPaths.Consumers, "node_modules", "puppeteer-core")),
            $"npm packages missing in tests/consumers: {ExternalProcess.InstallHint}");
        var r = ExternalProcess.Run(node, [Path.Combine(RepoPaths.Consumers, "check_explorer.mjs"), html, json, .. options], BrowserTimeout);
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        return r.StdOut;
    }
}
