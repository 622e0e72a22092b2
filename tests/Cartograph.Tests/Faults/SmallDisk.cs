using System.Diagnostics;
using NUnit.Framework;

namespace Cartograph.Tests.Faults;

/// <summary>
/// A small tmpfs to run out of space on: a real full disk, with the real ENOSPC, for the writers and the partial. It
/// needs mount rights (CI runs as root); without them the test is skipped, saying why.
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    private readonly string _path;

    private SmallDisk(string path) => _path = path;

    public static SmallDisk Mount(string path, int kilobytes)
    {
        Directory.CreateDirectory(path);
        var r = Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", path);
        if (r.Code != 0) Assert.Ignore($"cannot mount a {kilobytes} KB tmpfs to fill (needs root): {r.Error}");
        return new SmallDisk(path);
    }

    /// <summary>Fills the disk to the last block.</summary>
    public static void Fill(string path)
    {
        try
        {
            using var f = File.Create(Path.Combine(path, "filler"));
            var block = new byte[4096];
            while (true) f.Write(block);
        }
        catch (IOException)
        {
            // full
        }
    }

    private static (int Code, string Error) Run(string exe, params string[] args)
    {
        using var p = Process.Start(new ProcessStartInfo(exe, args) { UseShellExecute = false, RedirectStandardError = true })!;
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, err.Trim());
    }

    public void Dispose() => Run("umount", "-l", _path);
}
