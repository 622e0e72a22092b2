using System.Diagnostics;
using System.Text.Json;
using Cartograph.Pipeline;
using Cartograph.Tests.Writing;
using Cartograph.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Quality;

/// <summary>
/// The quality gate: extraction scored on the annotated development sets (../shared, beside the repository) with the
/// project's scorer must not fall more than 0.02 below the figures committed in committed-scores.json, and a caption
/// version of the podcasts (no speakers, punctuation or case) must score within 0.10 entity F1 of the original.
/// Without ../shared (a fresh clone) these tests say they skipped.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class DevelopmentScoreTests
{
    private const double Tolerance = 0.02;
    private const double CaptionTolerance = 0.10;

    private static string Shared => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared"));

    private static IEnumerable<TestCaseData> Sets()
    {
        yield return new TestCaseData("seeds").SetName("SeedsScoreNoLowerThanCommitted");
        foreach (var genre in new[] { "podcasts", "newsletters", "abstracts" })
            yield return new TestCaseData("dev2/" + genre).SetName($"Dev2{char.ToUpperInvariant(genre[0])}{genre[1..]}ScoreNoLowerThanCommitted");
    }

    [TestCaseSource(nameof(Sets))]
    public void ScoreIsNoLowerThanCommitted(string set)
    {
        var (texts, gold) = Paths(set);
        var committed = Committed(set);
        var (entity, relation) = Score(texts, gold);
        Assert.Multiple(() =>
        {
            Assert.That(entity, Is.GreaterThanOrEqualTo(committed.Entity - Tolerance), $"{set}: entity F1 {entity:0.000}, committed {committed.Entity:0.000}");
            Assert.That(relation, Is.GreaterThanOrEqualTo(committed.Relation - Tolerance), $"{set}: relation F1 {relation:0.000}, committed {committed.Relation:0.000}");
        });
    }

    /// <summary>One long line (a Whisper dump), and lines of eight words (a caption track as shown on screen).</summary>
    [TestCase(0)]
    [TestCase(8)]
    public void CaptionStylePodcastsScoreWithinATenthOfTheOriginals(int wordsPerLine)
    {
        var (texts, gold) = Paths("dev2/podcasts");
        string captions = Directory.CreateTempSubdirectory("cartograph-captions").FullName;
        try
        {
            string script = Path.Combine(RepoPaths.Root, "tools", "captions", "make_captions.py");
            if (wordsPerLine > 0) Run("python3", script, "--wrap", wordsPerLine.ToString(System.Globalization.CultureInfo.InvariantCulture), texts, captions);
            else Run("python3", script, texts, captions);
            Assert.That(File.ReadAllText(Directory.GetFiles(captions)[0]), Does.Not.Match("[A-Z]"), "the caption version has no capitals");
            var (original, _) = Score(texts, gold);
            var (caption, _) = Score(captions, gold);
            Assert.That(caption, Is.GreaterThanOrEqualTo(original - CaptionTolerance), $"captions {caption:0.000}, original {original:0.000}");
        }
        finally
        {
            Directory.Delete(captions, recursive: true);
        }
    }

    private static (string Texts, string Gold) Paths(string set)
    {
        var (texts, gold) = set == "seeds"
            ? (Path.Combine(RepoPaths.Root, "seeds"), Path.Combine(Shared, "gold", "seeds.gold.json"))
            : (Path.Combine(Shared, "corpora", set, "texts"), Path.Combine(Shared, "corpora", set, Path.GetFileName(set) + ".gold.json"));
        if (!File.Exists(gold) || !File.Exists(Path.Combine(Shared, "eval", "score.py")))
            Assert.Ignore($"skipped: the development set {set} is not beside the repository ({gold})");
        return (texts, gold);
    }

    private static (double Entity, double Relation) Committed(string set)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Cartograph.Tests", "Quality", "committed-scores.json")));
        var s = json.RootElement.GetProperty("sets").GetProperty(set);
        return (s.GetProperty("entity").GetDouble(), s.GetProperty("relation").GetDouble());
    }

    private static (double Entity, double Relation) Score(string texts, string gold)
    {
        var report = CartographPipeline.CreateDefault().Build([texts]);
        Assert.That(report.Graph.VertexCount, Is.GreaterThan(0), "the build found nothing");
        string dir = Directory.CreateTempSubdirectory("cartograph-score").FullName;
        try
        {
            string graph = Path.Combine(dir, "graph.json");
            using (var stream = File.Create(graph)) JsonGraphWriter.Write(report.Graph, GraphMetadata.ForCartograph(report.DocumentsInGraph), stream);
            using var result = JsonDocument.Parse(Run("python3", Path.Combine(Shared, "eval", "score.py"), graph, gold, "--json"));
            double F1(string part) => result.RootElement.GetProperty(part).GetProperty("all").GetProperty("f1").GetDouble();
            return (F1("entities"), F1("relations"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"{program} {string.Join(' ', arguments)}: {error}");
        return output;
    }
}
