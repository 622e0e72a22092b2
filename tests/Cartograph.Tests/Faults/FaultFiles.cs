using System.Diagnostics;
using Cartograph.Tests.Cli;
using NUnit.Framework;

namespace Cartograph.Tests.Faults;

/// <summary>Makes the hostile files of the fault suite: pipes, links, devices, names that are not UTF-8.</summary>
internal static class FaultFiles
{
    public const string GoodText =
        "Ana: Today we look at PolyGlide, a new video model from Meta.\n" +
        "Ben: PolyGlide uses diffusion transformers for video generation.\n";

    public static string WriteGood(string folder, string name = "good.txt")
    {
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, GoodText);
        return path;
    }

    public static void MakeFifo(string path) => Run("mkfifo", path);

    public static void Symlink(string path, string target) => File.CreateSymbolicLink(path, target);

    /// <summary>
    /// A file nobody may read, root included: /proc/sys/vm/compact_memory is write-only and /proc checks the mode itself
    /// (CAP_DAC_OVERRIDE does not apply), so a link to it is unreadable even when the tests run as root, as CI does.
    /// </summary>
    public static void UnreadableLink(string path)
    {
        const string writeOnly = "/proc/sys/vm/compact_memory";
        if (!File.Exists(writeOnly)) Assert.Ignore($"{writeOnly} is missing: no file here that root cannot read");
        Symlink(path, writeOnly);
    }

    /// <summary>
    /// Creates a file (or, without content, a folder) at <paramref name="relative"/> under <paramref name="folder"/>, a path
    /// whose bytes need not be UTF-8 (which .NET cannot name).
    /// </summary>
    public static void RawName(string folder, byte[] relative, string? content = null)
    {
        const string script = "import os,sys\n"
            + "p=os.path.join(sys.argv[1].encode(), bytes.fromhex(sys.argv[2]))\n"
            + "if len(sys.argv) < 4: os.makedirs(p)\n"
            + "else: open(p,'w',encoding='utf-8').write(sys.argv[3])\n";
        Run("/usr/bin/python3", ["-c", script, folder, Convert.ToHexString(relative), .. content is null ? Array.Empty<string>() : [content]]);
    }

    public static void Run(string exe, params string[] args)
    {
        using var p = Process.Start(new ProcessStartInfo(exe, args) { UseShellExecute = false, RedirectStandardError = true })!;
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.That(p.ExitCode, Is.Zero, $"{exe} {string.Join(' ', args)}: {err}");
    }

    /// <summary>The seeds built once (in-process), as the "previous build" the fault cases start from.</summary>
    public static string BuildSeeds(string outDir, params string[] options)
    {
        var r = CliHarness.Build([CliHarness.Seeds], outDir, ["--quiet", .. options]);
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        return outDir;
    }

    public static int SeedCount => CliHarness.SeedFiles().Length;
}
