namespace Cartograph.Writing;

/// <summary>
/// Writes files so a reader never sees a half-written one: the content goes to a temp file in the
/// same folder (same volume, so the final rename is atomic) and is then moved over the target.
/// If anything fails the temp file is deleted and the previous target, if any, is left untouched.
/// The content is written through a <see cref="WriteBehindStream"/>, so the disk works while the caller
/// is still producing bytes instead of all at once in the final fsync.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        string temp = TempPathFor(path);
        try
        {
            using (var file = File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                using (var stream = new WriteBehindStream(file))
                {
                    write(stream);
                    stream.Complete();
                }
                RandomAccess.FlushToDisk(file);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Moves an already complete file (e.g. one written by an external tool) over the target.</summary>
    public static void MoveIntoPlace(string completeTempFile, string path)
    {
        try
        {
            File.Move(completeTempFile, path, overwrite: true);
        }
        catch
        {
            TryDelete(completeTempFile);
            throw;
        }
    }

    /// <summary>
    /// A unique hidden name next to the target, so the final move never crosses volumes:
    /// <c>.&lt;name&gt;.&lt;process id&gt;-&lt;guid&gt;.tmp</c>, the process id telling <see cref="RemoveLeftovers"/> whose it is.
    /// </summary>
    public static string TempPathFor(string path)
    {
        string full = Path.GetFullPath(path);
        string dir = Path.GetDirectoryName(full) ?? ".";
        return Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
    }

    /// <summary>Deletes the temp files of <paramref name="path"/> that runs no longer alive left (killed mid-write); returns their paths.</summary>
    public static IReadOnlyList<string> RemoveLeftovers(string path)
    {
        string full = Path.GetFullPath(path);
        string dir = Path.GetDirectoryName(full) ?? ".";
        var removed = new List<string>();
        string prefix = "." + Path.GetFileName(full) + ".";
        try
        {
            foreach (var temp in Directory.GetFiles(dir, prefix + "*.tmp"))
            {
                string owner = Path.GetFileName(temp)[prefix.Length..];
                int dash = owner.IndexOf('-');
                if (dash > 0 && int.TryParse(owner[..dash], out int pid) && IsAlive(pid)) continue;
                File.Delete(temp);
                removed.Add(temp);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // best effort: a leftover hidden file is harmless
        }
        return removed;
    }

    private static bool IsAlive(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        if (OperatingSystem.IsLinux()) return Directory.Exists($"/proc/{pid}");
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    internal static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // best effort: a leftover hidden .tmp file is harmless, the real error is rethrown by the caller
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true, EntryPoint = "open")]
    private static extern int OpenFolder([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, int flags);

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true, EntryPoint = "fsync")]
    private static extern int FSync(int fd);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);

    /// <summary>
    /// Flushes a folder's entries to disk (Linux: fsync of the folder), so the renames made in it survive a power loss in
    /// the order made. Best effort: elsewhere, or if the folder cannot be opened, nothing happens.
    /// </summary>
    public static void FlushFolder(string folder)
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            const int ORdOnly = 0, ODirectory = 0x10000, OCloExec = 0x80000;
            int fd = OpenFolder(folder, ORdOnly | ODirectory | OCloExec);
            if (fd < 0) return;
            FSync(fd);
            Close(fd);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // no libc to ask: the system flushes in its own time
        }
    }
}
