using System.Text.Json;
using System.Xml.Linq;
using Cartograph.Cli;
using Cartograph.Tests.Writing;
using Cartograph.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Cli;

/// <summary>
/// Runs the command line in-process with stdout/stderr captured. Console redirection is process-wide,
/// so the fixtures using it are [NonParallelizable].
/// </summary>
internal static class CliHarness
{
    public sealed record Outcome(int ExitCode, string StdOut, string StdErr)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout:\n{StdOut}\nstderr:\n{StdErr}";
    }

    /// <summary>The command the README tells users to run to refresh out/.</summary>
    public const string ReadmeBuildCommand = "dotnet run --project src/Cartograph.Cli -- build seeds --out out";

    public static readonly string[] GraphFiles = [GraphWriters.GraphMlFile, GraphWriters.DotFile, GraphWriters.JsonFile, GraphWriters.HtmlFile];

    public static string Seeds => Path.Combine(RepoPaths.Root, "seeds");
    public static string CommittedOut => Path.Combine(RepoPaths.Root, "out");

    /// <summary>The CLI assembly copied next to the tests (the test project references the CLI project).</summary>
    public static string CliDll => Path.Combine(TestContext.CurrentContext.TestDirectory, "Cartograph.Cli.dll");

    /// <summary>
    /// A native build of the CLI to test instead of the in-process one (<c>scripts/publish-native.sh</c> makes it;
    /// <c>scripts/test.sh</c> runs the command-line tests once more against it): every command then runs as that
    /// executable, so the binary users install is held to the same specification.
    /// </summary>
    public static string? NativeCli => Environment.GetEnvironmentVariable("CARTOGRAPH_TEST_CLI") is { Length: > 0 } path ? path : null;

    /// <summary>How to start the CLI as a process: the native executable, or <c>dotnet Cartograph.Cli.dll</c>.</summary>
    public static (string FileName, string[] Prefix) CliCommand => NativeCli is { } native ? (native, []) : ("dotnet", [CliDll]);

    /// <summary>The same as one shell word list (single-quoted paths).</summary>
    public static string CliShellCommand => NativeCli is { } native ? $"'{native}'" : $"dotnet '{CliDll}'";

    public static string[] SeedFiles() =>
        [.. Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal)];

    public static Outcome Invoke(params string[] args)
    {
        if (NativeCli is not null) return Faults.CliProcess.Run(args);
        var oldOut = Console.Out;
        var oldErr = Console.Error;
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            int rc = CommandLineDefinition.Run(args);
            return new Outcome(rc, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }

    public static Outcome Build(IEnumerable<string> inputs, string outDir, params string[] options) =>
        Invoke(["build", .. inputs, "--out", outDir, .. options]);

    /// <summary>Asserts the three graph files exist and parse (GraphML as XML, JSON as JSON, DOT as a digraph).</summary>
    public static void AssertValidOutputs(string dir)
    {
        foreach (var f in GraphFiles)
            Assert.That(File.Exists(Path.Combine(dir, f)), Is.True, $"{f} missing in {dir}");
        Assert.DoesNotThrow(() => XDocument.Load(Path.Combine(dir, GraphWriters.GraphMlFile)), "graph.graphml is not well-formed XML");
        Assert.DoesNotThrow(() => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, GraphWriters.JsonFile))).Dispose(), "graph.json is not valid JSON");
        string dot = File.ReadAllText(Path.Combine(dir, GraphWriters.DotFile));
        Assert.That(dot, Does.StartWith("digraph "));
        Assert.That(dot.TrimEnd(), Does.EndWith("}"));
    }

    public static JsonElement ReadJson(string dir) =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, GraphWriters.JsonFile))).RootElement.Clone();

    public static bool DotInstalled => SvgRenderer.FindDot() is not null;
}
