namespace Cartograph.Cli;

/// <summary>The process's exit codes, the same for every command (the README lists them).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>No document could be read: there is no graph to write.</summary>
    public const int NothingToBuild = 1;
    /// <summary>The command line cannot be run as typed: an unknown option, a missing or bad value, an input path that does not exist, a name the graph does not hold.</summary>
    public const int UsageError = 2;
    /// <summary>The output folder could not be created or written (disk full, no permission, locked by another run).</summary>
    public const int OutputFailed = 3;
    /// <summary>A graph to update or a partial graph to merge is missing, malformed, truncated or does not belong (the message names it).</summary>
    public const int BadInput = 4;
    /// <summary>Stopped by SIGINT (Ctrl-C): 128 + 2.</summary>
    public const int Interrupted = 130;
    /// <summary>Stopped by SIGTERM: 128 + 15.</summary>
    public const int Terminated = 143;
}
