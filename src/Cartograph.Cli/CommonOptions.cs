using System.CommandLine;
using System.CommandLine.Parsing;

namespace Cartograph.Cli;

/// <summary>The options several commands share, each made once here with its checks, so they read and fail alike.</summary>
internal static class CommonOptions
{
    public const string CorpusFormats = ".txt, .md, .srt, .vtt, .html, Whisper .json, .pdf";

    public static Argument<string[]> Inputs() => new("input")
    {
        Description = $"Files or folders to read ({CorpusFormats}; folders recursively).",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>A folder to write into: a value is required and may not be empty.</summary>
    public static Option<string> OutFolder(string description) => NonEmpty(new Option<string>("--out", "-o") { Description = description });

    /// <summary>A file to write: a value is required and may not be empty.</summary>
    public static Option<string> OutFile(string description) => NonEmpty(new Option<string>("--out", "-o") { Description = description, Required = true });

    /// <summary>0 (the default) means one thread per core; a value given must be at least 1.</summary>
    public static Option<int> Threads()
    {
        var threads = new Option<int>("--threads") { Description = "Documents extracted in parallel, at least 1 (default: one per core).", DefaultValueFactory = _ => 0 };
        threads.Validators.Add(result =>
        {
            if (result.Implicit || result.Tokens.Count == 0) return;
            string given = result.Tokens[^1].Value;
            if (!int.TryParse(given, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int n) || n < 1)
                result.AddError($"--threads must be a whole number of at least 1 (got '{given}').");
        });
        return threads;
    }

    public static Option<bool> NoSvg() => new("--no-svg") { Description = "Do not render graph.svg even when Graphviz is installed." };

    public static Option<bool> KeepIsolated() => new("--keep-isolated") { Description = "Also draw entities without relations on the DOT map (left off by default, counted in its title)." };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print only problems (warnings of one kind as one line), no progress or summary." };

    public static Option<bool> Verbose() => new("--verbose", "-v") { Description = "List every warning, one line per file (by default warnings of one kind are counted in one line)." };

    public static Option<bool> SkipMissing() => new("--skip-missing") { Description = "Warn about input paths that do not exist and build without them (by default they are an error)." };

    private static Option<string> NonEmpty(Option<string> option)
    {
        option.Validators.Add(result =>
        {
            if (result.Errors.Any() || result.Tokens.Count == 0) return;
            if (string.IsNullOrWhiteSpace(result.Tokens[^1].Value))
                result.AddError($"{option.Name} needs a path; it was given an empty one.");
        });
        return option;
    }
}
