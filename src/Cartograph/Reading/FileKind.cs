using System.Runtime.InteropServices;

namespace Cartograph.Reading;

/// <summary>What a path names once symbolic links are followed: only a <see cref="Regular"/> file is ever opened for reading.</summary>
public enum FileKind
{
    Regular,
    Directory,
    /// <summary>A named pipe: opening it waits for a writer, so reading one would hang.</summary>
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Missing,
    /// <summary>A symbolic link (only from <see cref="FileKinds.OfLink"/>, which does not follow it).</summary>
    SymbolicLink,
    /// <summary>A chain of symbolic links that never ends.</summary>
    LinkLoop,
    /// <summary>The kind could not be told (no permission to look, or a platform without <c>statx</c>).</summary>
    Unknown,
}

/// <summary>
/// Tells the kind of a path without opening it (<c>statx</c> on Linux, whose record has the same layout on every
/// architecture). .NET's own file API calls a pipe or a device a file, and opening a pipe blocks until something
/// writes to it; /dev/zero never ends.
/// </summary>
public static class FileKinds
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 28;
    private const uint StatxSizeMask = 0x200;
    private const int StatxSizeOffset = 40;
    private const int StatxSize = 256;
    private const int ENOENT = 2, ENOTDIR = 20, ELOOP = 40;

    [DllImport("libc", SetLastError = true, EntryPoint = "statx")]
    private static extern unsafe int Statx(int dirfd, byte* path, int flags, uint mask, byte* buffer);

    private static bool s_unavailable = !OperatingSystem.IsLinux();

    /// <summary>The kind of <paramref name="path"/> (a path from <see cref="RawPaths"/> may hold bytes that are not UTF-8).</summary>
    public static FileKind Of(string path) => Stat(path, follow: true);

    /// <summary>The kind of the entry itself: a symbolic link is <see cref="FileKind.SymbolicLink"/>, not what it points at.</summary>
    public static FileKind OfLink(string path) => Stat(path, follow: false);

    /// <summary>The kind of an open file (statx of the descriptor itself); <see cref="FileKind.Unknown"/> if it cannot be told.</summary>
    internal static FileKind OfOpenFile(int fd) => OfOpenFile(fd, out _);

    /// <summary>The kind of an open file and its size in bytes (-1 when not told), from one statx of the descriptor.</summary>
    internal static unsafe FileKind OfOpenFile(int fd, out long size)
    {
        const int AtEmptyPath = 0x1000;
        size = -1;
        if (s_unavailable) return FileKind.Unknown;
        byte* buffer = stackalloc byte[StatxSize];
        byte empty = 0;
        int rc;
        try
        {
            rc = Statx(fd, &empty, AtEmptyPath, StatxType | StatxSizeMask, buffer);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            s_unavailable = true;
            return FileKind.Unknown;
        }
        if (rc != 0) return FileKind.Unknown;
        // stx_mask says which fields were filled in
        if ((*(uint*)buffer & StatxSizeMask) != 0) size = *(long*)(buffer + StatxSizeOffset);
        return KindOf(*(ushort*)(buffer + StatxModeOffset));
    }

    private static unsafe FileKind Stat(string path, bool follow)
    {
        if (s_unavailable) return Fallback(path, follow);
        byte[] bytes = RawPaths.ToBytes(path);
        byte* buffer = stackalloc byte[StatxSize];
        int rc;
        try
        {
            fixed (byte* p = bytes) rc = Statx(AtFdCwd, p, follow ? 0 : AtSymlinkNoFollow, StatxType, buffer);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            s_unavailable = true;
            return Fallback(path, follow);
        }
        if (rc != 0)
        {
            return Marshal.GetLastPInvokeError() switch
            {
                ENOENT or ENOTDIR => FileKind.Missing,
                ELOOP => FileKind.LinkLoop,
                _ => FileKind.Unknown,
            };
        }
        return KindOf(*(ushort*)(buffer + StatxModeOffset));
    }

    private static FileKind KindOf(int mode)
    {
        return (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            0xA000 => FileKind.SymbolicLink,
            _ => FileKind.Unknown,
        };
    }

    private static FileKind Fallback(string path, bool follow)
    {
        if (!follow && new FileInfo(path) is { Exists: true, LinkTarget: not null }) return FileKind.SymbolicLink;
        return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>Why a path of this kind is not read, for a message ("not a regular file (a named pipe)").</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a folder",
        FileKind.Fifo => "a named pipe",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.LinkLoop => "a loop of symbolic links",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        _ => "of an unknown kind",
    };

    /// <summary>"not a regular file (a named pipe); skipped"-style reason, or null for a regular file.</summary>
    public static string? NotRegular(FileKind kind) => kind switch
    {
        FileKind.Regular or FileKind.Unknown => null,
        FileKind.Missing => "not found",
        FileKind.LinkLoop => "a loop of symbolic links, not a file",
        _ => $"not a regular file ({Describe(kind)})",
    };
}
