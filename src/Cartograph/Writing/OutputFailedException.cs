namespace Cartograph.Writing;

/// <summary>
/// An output could not be written (folder not creatable, disk full, no permission, the folder locked by another run).
/// The message is one line for the user and names the path; the CLI turns it into exit code 3.
/// Reading errors are never this type, so a caller can tell "could not write" from "could not read".
/// </summary>
public class OutputFailedException : IOException
{
    public OutputFailedException(string message, Exception? inner = null) : base(message, inner)
    {
    }

    /// <summary>"cannot write '<paramref name="path"/>': <i>reason</i>", from the system's error.</summary>
    public static OutputFailedException Writing(string path, Exception ex) =>
        ex as OutputFailedException ?? new($"cannot write '{path}': {OneLine(ex.Message)}", ex);

    internal static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}

/// <summary>Another run holds the output folder's lock: two builds into one folder would mix their files.</summary>
public sealed class OutputLockedException : OutputFailedException
{
    public OutputLockedException(string message) : base(message)
    {
    }
}
