namespace Cartograph.Writing;

/// <summary>
/// The lock one run holds on an output folder while it writes there: a second run into the same folder fails at once
/// with a message naming the folder and the process, instead of mixing its files with the first one's. The lock is the
/// operating system's (<c>flock</c> on Linux), so a killed run releases it; the empty lock file stays in the folder.
/// </summary>
public sealed class OutputLock : IDisposable
{
    public const string FileName = ".cartograph.lock";
    private readonly FileStream _file;

    private OutputLock(FileStream file) => _file = file;

    /// <exception cref="OutputLockedException">Another run holds the lock.</exception>
    /// <exception cref="OutputFailedException">The lock file cannot be created.</exception>
    public static OutputLock Acquire(string folder)
    {
        string path = Path.Combine(folder, FileName);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
        }
        catch (IOException ex) when (IsHeldElsewhere(ex))
        {
            string holder = Holder(path) is { } pid ? $" (process {pid})" : "";
            throw new OutputLockedException($"another Cartograph run{holder} is writing to the output folder '{folder}' "
                + $"(it holds '{path}'); wait for it to finish, or choose another --out");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw OutputFailedException.Writing(path, ex);
        }
        try
        {
            file.SetLength(0);
            file.Write(System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId + "\n"));
            file.Flush();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // the pid is only for the other run's message
        }
        return new OutputLock(file);
    }

    private static bool IsHeldElsewhere(IOException ex) =>
        ex is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException)
        && (OperatingSystem.IsWindows()
            ? (ex.HResult & 0xFFFF) is 32 or 33 // ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
            : ex.HResult is 11 or 35); // EWOULDBLOCK from flock (Linux, macOS): .NET puts the errno in HResult

    private static string? Holder(string path)
    {
        try
        {
            using var read = OperatingSystem.IsLinux() ? Reading.RawPaths.OpenWithoutLock(path) : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var text = new StreamReader(read);
            string pid = (text.ReadLine() ?? "").Trim();
            return pid.Length > 0 && pid.All(char.IsAsciiDigit) ? pid : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    public void Dispose() => _file.Dispose();
}
