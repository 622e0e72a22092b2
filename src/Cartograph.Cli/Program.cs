using System.CommandLine;
using Cartograph.Cli;

// Entry point: the commands are defined in CommandLineDefinition so tests can run them in-process.
return CommandLineDefinition.Create().Parse(args).Invoke();
