using Cartograph.Cli;
using Cartograph.Tests.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Cli;

/// <summary>The build command end to end, in-process: outputs, determinism, the committed out/, bad input.</summary>
[NonParallelizable]
public class BuildCommandTests
{
    private static readonly string[] s_graphFiles = ["graph.graphml", "graph.dot", "graph.json"];
    private string _tmp = "";

    [SetUp]
    public void SetUp() => Directory.CreateDirectory(_tmp = Path.Combine(Path.GetTempPath(), "carto-cli-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void TearDown()
    {
        if (Directory.Exists(_tmp)) Directory.Delete(_tmp, recursive: true);
    }

    private static string Seeds => Path.Combine(RepoPaths.Root, "seeds");

    private static (int Code, string Err) Build(string[] inputs, string outDir, int threads = 0)
    {
        var err = new StringWriter();
        var oldErr = Console.Error;
        var oldOut = Console.Out;
        Console.SetError(err);
        Console.SetOut(new StringWriter());
        try
        {
            return (BuildCommand.Run(inputs, outDir, threads, noSvg: true, quiet: true), err.ToString());
        }
        finally
        {
            Console.SetError(oldErr);
            Console.SetOut(oldOut);
        }
    }

    [Test]
    public void Committed_out_is_exactly_what_building_seeds_produces()
    {
        var (code, _) = Build([Seeds], _tmp);
        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        foreach (var f in s_graphFiles)
            Assert.That(File.ReadAllBytes(Path.Combine(_tmp, f)), Is.EqualTo(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "out", f))),
                $"out/{f} is stale: run `dotnet run --project src/Cartograph.Cli -- build seeds --out out`");
    }

    [Test]
    public void Output_is_identical_whatever_the_thread_count_and_input_order()
    {
        var files = Directory.GetFiles(Seeds).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Build(files, Path.Combine(_tmp, "a"), threads: 1);
        Build(files.Reverse().ToArray(), Path.Combine(_tmp, "b"), threads: 2);
        foreach (var f in s_graphFiles)
            Assert.That(File.ReadAllBytes(Path.Combine(_tmp, "b", f)), Is.EqualTo(File.ReadAllBytes(Path.Combine(_tmp, "a", f))), f);
    }

    [Test]
    public void Bad_files_are_named_and_the_rest_of_the_corpus_is_still_built()
    {
        string corpus = Path.Combine(_tmp, "in");
        Directory.CreateDirectory(corpus);
        File.Copy(Directory.GetFiles(Seeds).Order(StringComparer.Ordinal).First(), Path.Combine(corpus, "good.txt"));
        File.WriteAllBytes(Path.Combine(corpus, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(corpus, "binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 0, 0]);
        File.WriteAllText(Path.Combine(corpus, "one-line.txt"), new string('x', 50 * 1024 * 1024));
        File.WriteAllText(Path.Combine(corpus, "odd <&\"'| name.txt"), "Ann: We've got Zeta<&>Net from \"Lab\\|\" today.\n");
        string missing = Path.Combine(_tmp, "no-such-folder");

        var (code, err) = Build([corpus, missing], Path.Combine(_tmp, "out"));

        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Assert.That(err, Does.Contain("empty.txt").And.Contain("binary.txt").And.Contain("one-line.txt").And.Contain("no-such-folder"));
        string json = File.ReadAllText(Path.Combine(_tmp, "out", "graph.json"));
        Assert.That(json, Does.Contain("\"paper:talkverse\""), "the good document's results are kept");
    }

    [Test]
    public void Nothing_readable_exits_non_zero_and_writes_nothing()
    {
        string corpus = Path.Combine(_tmp, "in");
        Directory.CreateDirectory(corpus);
        File.WriteAllBytes(Path.Combine(corpus, "empty.txt"), []);
        var (code, err) = Build([corpus], Path.Combine(_tmp, "out"));
        Assert.That(code, Is.EqualTo(ExitCodes.NothingToBuild));
        Assert.That(err, Does.Contain("empty.txt"));
        Assert.That(Directory.Exists(Path.Combine(_tmp, "out")), Is.False);
    }

    [Test]
    public void An_unwritable_output_folder_is_a_clear_error()
    {
        string blocker = Path.Combine(_tmp, "file");
        File.WriteAllText(blocker, "not a folder");
        var (code, err) = Build([Seeds], Path.Combine(blocker, "out"));
        Assert.That(code, Is.EqualTo(ExitCodes.OutputFailed));
        Assert.That(err, Does.Contain(blocker));
    }

    [Test]
    public void Help_and_version_exit_zero()
    {
        var oldOut = Console.Out;
        var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            Assert.That(CommandLineDefinition.Create().Parse(["--help"]).Invoke(), Is.Zero);
            Assert.That(CommandLineDefinition.Create().Parse(["--version"]).Invoke(), Is.Zero);
        }
        finally
        {
            Console.SetOut(oldOut);
        }
        Assert.That(output.ToString(), Does.Contain("build"));
    }
}
