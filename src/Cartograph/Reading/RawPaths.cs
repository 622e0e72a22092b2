using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Cartograph.Reading;

/// <summary>
/// File names that are not valid UTF-8 (Linux allows any bytes but '/' and NUL). .NET decodes such a name with
/// U+FFFD in place of the bad bytes, and that string opens nothing ("Could not find file"). Here each byte that is
/// not UTF-8 is kept as a lone surrogate U+DC80-U+DCFF (Python's "surrogateescape"), so the string maps back to the
/// exact bytes: such a path is listed, stat'ed and opened through libc. <see cref="Display"/> shows those bytes as
/// <c>\xE9</c>, which is what ids and messages use (outputs hold only valid Unicode).
/// </summary>
public static class RawPaths
{
    private const int AtFdCwd = -100;
    private const int ORdOnly = 0, OCloExec = 0x80000;
    private const int DirentNameOffset = 19; // struct dirent on 64-bit glibc: d_ino, d_off, d_reclen, d_type, d_name

    [DllImport("libc", SetLastError = true, EntryPoint = "open")]
    private static extern unsafe int Open(byte* path, int flags);

    [DllImport("libc", SetLastError = true, EntryPoint = "pread")]
    private static extern unsafe nint PRead(int fd, byte* buffer, nint count, long offset);

    /// <summary>
    /// Reads up to <paramref name="buffer"/>'s length from <paramref name="offset"/> of a file <see cref="TryOpenRegular(string, out long)"/>
    /// opened; 0 at the end of the file. One system call, where a <see cref="FileStream"/> over the handle first asked
    /// the file again whether it can seek and how long it is.
    /// </summary>
    /// <exception cref="IOException">The read failed; the message names the file.</exception>
    internal static unsafe int ReadAt(SafeFileHandle file, Span<byte> buffer, long offset, string path)
    {
        bool added = false;
        file.DangerousAddRef(ref added);
        try
        {
            while (true)
            {
                nint n;
                fixed (byte* p = buffer) n = PRead((int)file.DangerousGetHandle(), p, buffer.Length, offset);
                if (n >= 0) return (int)n;
                int errno = Marshal.GetLastPInvokeError();
                if (errno != 4) // EINTR: asked again
                    throw new IOException($"{new System.ComponentModel.Win32Exception(errno).Message} : '{Display(path)}'");
            }
        }
        finally
        {
            if (added) file.DangerousRelease();
        }
    }

    [DllImport("libc", SetLastError = true, EntryPoint = "opendir")]
    private static extern unsafe IntPtr OpenDir(byte* path);

    [DllImport("libc", SetLastError = true, EntryPoint = "readdir")]
    private static extern IntPtr ReadDir(IntPtr dir);

    [DllImport("libc", EntryPoint = "closedir")]
    private static extern int CloseDir(IntPtr dir);

    /// <summary>True when the path holds bytes that are not UTF-8 (escaped as lone low surrogates).</summary>
    public static bool HasRawBytes(string path)
    {
        for (int i = 0; i < path.Length; i++)
        {
            char c = path[i];
            if (char.IsHighSurrogate(c) && i + 1 < path.Length && char.IsLowSurrogate(path[i + 1])) i++;
            else if (c is >= '\uDC80' and <= '\uDCFF') return true;
        }
        return false;
    }

    /// <summary>The bytes of the name on disk.</summary>
    public static byte[] ToBytes(string path)
    {
        if (!HasRawBytes(path)) return NulTerminated(Encoding.UTF8.GetBytes(path));
        var bytes = new List<byte>(path.Length + 8);
        Span<byte> rune = stackalloc byte[4];
        for (int i = 0; i < path.Length; i++)
        {
            char c = path[i];
            if (char.IsHighSurrogate(c) && i + 1 < path.Length && char.IsLowSurrogate(path[i + 1]))
            {
                int n = new Rune(c, path[i + 1]).EncodeToUtf8(rune);
                for (int k = 0; k < n; k++) bytes.Add(rune[k]);
                i++;
            }
            else if (c is >= '\uDC80' and <= '\uDCFF') bytes.Add((byte)(c - '\uDC00'));
            else
            {
                int n = (Rune.TryCreate(c, out var r) ? r : Rune.ReplacementChar).EncodeToUtf8(rune);
                for (int k = 0; k < n; k++) bytes.Add(rune[k]);
            }
        }
        bytes.Add(0);
        return [.. bytes];
    }

    private static byte[] NulTerminated(byte[] utf8)
    {
        var z = new byte[utf8.Length + 1];
        utf8.CopyTo(z, 0);
        return z;
    }

    /// <summary>A name's bytes as a string that maps back to them (bad bytes become U+DC80-U+DCFF).</summary>
    public static string FromBytes(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out var rune, out int used) == System.Buffers.OperationStatus.Done)
            {
                text.Append(rune.ToString());
                bytes = bytes[used..];
            }
            else
            {
                text.Append((char)('\uDC00' + bytes[0]));
                bytes = bytes[1..];
            }
        }
        return text.ToString();
    }

    /// <summary>The path as valid Unicode for ids and messages: each byte that is not UTF-8 shown as \xNN.</summary>
    public static string Display(string path)
    {
        if (!HasRawBytes(path)) return path;
        var text = new StringBuilder(path.Length + 16);
        for (int i = 0; i < path.Length; i++)
        {
            char c = path[i];
            if (char.IsHighSurrogate(c) && i + 1 < path.Length && char.IsLowSurrogate(path[i + 1])) text.Append(c).Append(path[++i]);
            else if (c is >= '\uDC80' and <= '\uDCFF') text.Append("\\x").Append(((int)c - 0xDC00).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else text.Append(c);
        }
        return text.ToString();
    }

    /// <summary>
    /// A command-line argument as named on disk. .NET decodes the arguments as UTF-8 with U+FFFD for bad bytes; on Linux
    /// the exact bytes are in /proc/self/cmdline, and the one argument that decodes to this string is taken from there.
    /// </summary>
    public static string FromArgument(string argument)
    {
        if (!argument.Contains('\uFFFD') || !OperatingSystem.IsLinux()) return argument;
        try
        {
            var raw = File.ReadAllBytes("/proc/self/cmdline");
            string? match = null;
            foreach (var part in raw.AsSpan().Split((byte)0))
            {
                var bytes = raw.AsSpan(part);
                if (Encoding.UTF8.GetString(bytes) != argument) continue;
                string candidate = FromBytes(bytes);
                if (match is not null && match != candidate) return argument; // two different names look alike: keep what .NET gave
                match = candidate;
            }
            return match ?? argument;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return argument;
        }
    }

    private const int ONonBlock = 0x800; // the same on x86-64 and arm64
    private static bool s_noDirectOpen = !OperatingSystem.IsLinux();

    /// <summary>
    /// Opens a regular file for reading in one walk of its path (Linux): through libc, without .NET's advisory lock and
    /// without waiting on a named pipe, then asks the open file its kind. Null when it cannot be opened or is no regular
    /// file; the caller then goes its usual way (a kind test, then <see cref="OpenRead(string)"/>), which says why.
    /// A build opens every corpus file twice (once when listing it, once to read it): 9,600 files of the 100 MB corpus
    /// spent 0.3 CPU s in the kind test's path walk, the lock and .NET's own open.
    /// </summary>
    internal static SafeFileHandle? TryOpenRegular(string path) => TryOpenRegular(path, out _);

    /// <summary>As <see cref="TryOpenRegular(string)"/>, with the file's size as its kind test saw it (-1 when not told).</summary>
    internal static unsafe SafeFileHandle? TryOpenRegular(string path, out long size)
    {
        size = -1;
        if (s_noDirectOpen) return null;
        byte[] bytes = ToBytes(path);
        int fd;
        try
        {
            fixed (byte* p = bytes) fd = Open(p, ORdOnly | ONonBlock | OCloExec);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            s_noDirectOpen = true;
            return null;
        }
        if (fd < 0) return null;
        var handle = new SafeFileHandle(fd, ownsHandle: true);
        if (FileKinds.OfOpenFile(fd, out size) == FileKind.Regular) return handle;
        handle.Dispose();
        return null;
    }

    /// <summary>Opens a file for reading, through libc when its name is not UTF-8.</summary>
    public static FileStream OpenRead(string path) => OpenRead(path, throughLibc: false);

    /// <summary>
    /// Opens a file for reading through libc: no name conversion, and none of the advisory lock .NET takes on every file
    /// it opens (so another run's locked lock file can be read; see <see cref="Writing.OutputLock"/>).
    /// </summary>
    public static FileStream OpenWithoutLock(string path) => OpenRead(path, throughLibc: true);

    private static unsafe FileStream OpenRead(string path, bool throughLibc)
    {
        if (!throughLibc && !HasRawBytes(path)) return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        byte[] bytes = ToBytes(path);
        int fd;
        fixed (byte* p = bytes) fd = Open(p, ORdOnly | OCloExec);
        if (fd < 0 && Marshal.GetLastPInvokeError() == 2) throw new FileNotFoundException($"Could not find file '{Display(path)}'.", Display(path));
        if (fd < 0) throw new IOException($"{new System.ComponentModel.Win32Exception(Marshal.GetLastPInvokeError()).Message} : '{Display(path)}'");
        return new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.Read, bufferSize: 1);
    }

    /// <summary>
    /// The entries of a folder (full paths). A name that is not UTF-8 comes back escaped (see the class), so it can be
    /// opened; .NET's own listing is used while every name in it is valid.
    /// </summary>
    public static string[] List(string folder)
    {
        if (!HasRawBytes(folder))
        {
            var entries = Directory.GetFileSystemEntries(folder);
            if (!OperatingSystem.IsLinux() || !entries.Any(e => e.Contains('\uFFFD'))) return entries;
        }
        return ListRaw(folder);
    }

    private static unsafe string[] ListRaw(string folder)
    {
        byte[] bytes = ToBytes(folder);
        IntPtr dir;
        fixed (byte* p = bytes) dir = OpenDir(p);
        if (dir == IntPtr.Zero)
            throw new IOException($"{new System.ComponentModel.Win32Exception(Marshal.GetLastPInvokeError()).Message} : '{Display(folder)}'");
        try
        {
            var names = new List<string>();
            IntPtr entry;
            while ((entry = ReadDir(dir)) != IntPtr.Zero)
            {
                var name = MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)entry + DirentNameOffset);
                if (name.SequenceEqual("."u8) || name.SequenceEqual(".."u8)) continue;
                names.Add(Path.Combine(folder, FromBytes(name)));
            }
            return [.. names];
        }
        finally
        {
            CloseDir(dir);
        }
    }
}
