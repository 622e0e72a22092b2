using System.CommandLine;
using System.CommandLine.Parsing;

namespace Cartograph.Cli;

/// <summary>
/// A command line that cannot be run as typed: each problem in one line on stderr, a pointer to the help, and
/// exit code 2 (<see cref="ExitCodes.UsageError"/>) before anything is read or written.
/// </summary>
internal static class UsageErrors
{
    /// <summary>The problems of <paramref name="parse"/>: the parser's own, and any option it did not know.</summary>
    public static IReadOnlyList<string> Of(ParseResult parse)
    {
        var messages = new List<string>();
        foreach (var unknown in UnknownOptions(parse))
        {
            string? near = Nearest(unknown, parse.CommandResult.Command);
            messages.Add($"unknown option '{unknown}'" + (near is null ? "" : $"; did you mean '{near}'?")
                + " (a path that starts with '-' goes after '--')");
        }
        foreach (var error in parse.Errors)
        {
            // the parser's own line for an unknown option says less than the one above
            if (parse.UnmatchedTokens.Any(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal) && t.StartsWith('-'))) continue;
            if (!messages.Contains(error.Message)) messages.Add(error.Message);
        }
        return messages;
    }

    public static int Report(ParseResult parse, IReadOnlyList<string> messages)
    {
        string command = CommandPath(parse.CommandResult);
        foreach (var m in messages) Console.Error.WriteLine($"{command}: usage error: {m}");
        Console.Error.WriteLine($"Run '{command} --help' for usage.");
        return ExitCodes.UsageError;
    }

    /// <summary>
    /// Tokens shaped like options ('-x', '--xyz') that the parser took as input paths because no option has that
    /// name: a typo such as '--no-sv' must not be read as a file that does not exist. After '--' every token is a path.
    /// </summary>
    private static IEnumerable<string> UnknownOptions(ParseResult parse)
    {
        int doubleDash = parse.Tokens.ToList().FindIndex(t => t.Type == TokenType.DoubleDash);
        var afterDoubleDash = doubleDash < 0 ? [] : parse.Tokens.Skip(doubleDash + 1).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var argument in parse.CommandResult.Children.OfType<ArgumentResult>())
            foreach (var token in argument.Tokens)
                if (token.Value.Length > 1 && token.Value[0] == '-' && !afterDoubleDash.Contains(token))
                    yield return token.Value;
        foreach (var token in parse.UnmatchedTokens)
            if (token.Length > 1 && token[0] == '-') yield return token;
    }

    /// <summary>The command's option closest to a mistyped name, when it is near enough to be what was meant.</summary>
    private static string? Nearest(string typed, Command command)
    {
        var names = command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
        var best = names.Select(n => (Name: n, Distance: EditDistance(typed, n))).OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal).FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, typed.Length / 4) ? best.Name : null;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
            if (r is CommandResult c) names.Add(c.Command.Name);
        names.Reverse();
        return string.Join(' ', names);
    }
}
