using Cartograph.Reading;

namespace Cartograph.Cli;

/// <summary>
/// Input paths are checked before anything is read: one that does not exist is almost always a typo, and a build
/// that quietly left it out would look complete. It is a usage error unless --skip-missing asks to go on without it.
/// </summary>
internal static class InputPaths
{
    /// <summary>The inputs to read, or null (after saying which are missing) when a missing one is an error.</summary>
    public static string[]? Existing(string[] inputs, bool skipMissing, ConsoleReport console, string command)
    {
        // asked as the scan asks (a name that is not UTF-8, a link, a pipe all exist; a dangling link does not)
        var missing = inputs.Where(IsMissing).ToArray();
        if (missing.Length == 0) return inputs;
        if (!skipMissing)
        {
            foreach (var m in missing)
                console.UsageError(command, $"input '{m}' not found (--skip-missing builds without the inputs that do not exist).");
            return null;
        }
        foreach (var m in missing) console.Warning($"input '{m}' not found; building without it (--skip-missing).");
        return [.. inputs.Except(missing, StringComparer.Ordinal)];
    }

    /// <summary>Nothing at the path. An empty or invalid path is not "missing": the scan names it as it is.</summary>
    private static bool IsMissing(string input)
    {
        if (string.IsNullOrWhiteSpace(input)) return false;
        try
        {
            return FileKinds.Of(Path.GetFullPath(RawPaths.FromArgument(input))) == FileKind.Missing;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }
}
