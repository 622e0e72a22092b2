using System.CommandLine;
using System.CommandLine.Help;

namespace Cartograph.Cli;

/// <summary>
/// The command-line surface: <c>build</c>, the shard commands <c>extract</c> and <c>merge</c>, and <c>help</c>,
/// with --help and --version. <see cref="Run"/> parses, turns any usage error into exit code 2, and runs.
/// </summary>
public static class CommandLineDefinition
{
    /// <summary>The program's name in help and messages: the command the .NET tool installs.</summary>
    public const string ProgramName = "cartograph";

    /// <summary>Runs one command line; the exit code is one of <see cref="ExitCodes"/>.</summary>
    public static int Run(string[] args)
    {
        var root = Create();
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var usage = UsageErrors.Of(parse);
        if (usage.Count > 0) return UsageErrors.Report(parse, usage);
        return parse.Invoke();
    }

    /// <summary>The root command. It is a plain command named <see cref="ProgramName"/> (a RootCommand takes the name of the
    /// executable, which is 'Cartograph.Cli' under dotnet run and 'testhost' in tests).</summary>
    public static Command Create()
    {
        var root = new Command(ProgramName, "Cartograph: builds a knowledge graph of AI research (papers, techniques, organizations, products, domains) from transcripts, newsletters and abstracts.")
        {
            new HelpOption { Recursive = true },
            new VersionOption(),
        };
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(MergeCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(SubgraphCommand.Create());
        root.Subcommands.Add(ExplainCommand.Create());
        root.Subcommands.Add(HelpCommand(root));
        // 'cartograph' alone: the help, as a usage error (nothing was asked for)
        root.SetAction(parse =>
        {
            Console.Error.WriteLine($"{ProgramName}: usage error: a command is required ({string.Join(", ", root.Subcommands.Select(c => c.Name))}).");
            Console.Error.WriteLine($"Run '{ProgramName} --help' for usage.");
            return ExitCodes.UsageError;
        });
        return root;
    }

    /// <summary><c>help [command]</c>: the same as <c>[command] --help</c>.</summary>
    private static Command HelpCommand(Command root)
    {
        var topic = new Argument<string[]>("command") { Description = "The command to explain (default: all of them).", Arity = ArgumentArity.ZeroOrMore };
        var help = new Command("help", "Show the help of a command (the same as '<command> --help').") { topic };
        help.Validators.Add(result =>
        {
            var names = result.GetValue(topic) ?? [];
            Command current = root;
            foreach (var name in names)
            {
                var next = current.Subcommands.FirstOrDefault(c => c.Name == name);
                if (next is null)
                {
                    result.AddError($"no command '{name}'; the commands are: {string.Join(", ", current.Subcommands.Select(c => c.Name))}.");
                    return;
                }
                current = next;
            }
        });
        help.SetAction(parse => root.Parse([.. parse.GetValue(topic) ?? [], "--help"]).Invoke());
        return help;
    }
}
