using Cartograph.Cli;

// Entry point: the commands are defined in CommandLineDefinition so tests can run them in-process.
return CommandLineDefinition.Run(args);
