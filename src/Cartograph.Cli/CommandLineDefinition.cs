using System.CommandLine;

namespace Cartograph.Cli;

/// <summary>The command-line surface: <c>build</c> (and the shard commands), with --help and --version from System.CommandLine.</summary>
public static class CommandLineDefinition
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Cartograph: builds a knowledge graph of AI research (papers, techniques, organizations, products, domains) from transcripts, newsletters and abstracts.");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(MergeCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(SubgraphCommand.Create());
        return root;
    }
}
