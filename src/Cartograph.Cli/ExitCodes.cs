namespace Cartograph.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>No document could be read: there is no graph to write.</summary>
    public const int NothingToBuild = 1;
    /// <summary>The output folder could not be created or written.</summary>
    public const int OutputFailed = 3;
    /// <summary>A graph to update or a partial graph to merge is missing or malformed (the message names it).</summary>
    public const int BadInput = 4;
}
