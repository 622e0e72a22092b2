using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Cartograph.Writing;

/// <summary>
/// Writes a file's bytes past the page cache (Linux <c>O_DIRECT</c>), for the write-behind thread of a
/// <see cref="WriteBehindStream"/>. The bytes are gathered in an aligned buffer of <see cref="StageSize"/> bytes,
/// which the disk reads itself once full; a part-filled buffer (the end of the file, or a flush) is written the
/// ordinary way and written again, whole and direct, once it fills.
/// <para>
/// Why: copying a build's outputs into the page cache was the largest single cost of its last seconds (100 MB corpus:
/// 580 MB of outputs, 1.2 CPU s in the kernel's copy into fresh pages, the write-behind thread busy three quarters of
/// the time while the formats were written). Durability is unchanged: the file is still fsynced before it is renamed.
/// </para>
/// A file system without direct I/O refuses the flag or the first direct write; from then on the file is written
/// the ordinary way, and only an error of an ordinary write reaches the caller.
/// </summary>
internal sealed unsafe class DirectWrites : IDisposable
{
    /// <summary>A multiple of every logical block size in use (512 or 4096 bytes): the buffer's address, file offsets and lengths.</summary>
    private const int Alignment = 4096;
    public const int StageSize = 4 << 20;
    private const int GetFlags = 3, SetFlags = 4; // F_GETFL, F_SETFL: the same numbers on every Linux architecture

    private readonly SafeFileHandle _file;
    private readonly int _fd;
    private readonly int _ordinaryFlags;
    private readonly int _directFlag;
    private byte* _stage;
    private int _used;
    private long _stageOffset; // where the stage's first byte goes: a multiple of StageSize
    private bool _direct;      // whether the file is in direct mode now
    private bool _refused;     // a direct write failed once: ordinary writes from then on
    private int _pendingWritten; // how much of the stage the last WritePending put in the file

    private DirectWrites(SafeFileHandle file, int fd, int ordinaryFlags, int directFlag)
    {
        _file = file;
        _fd = fd;
        _ordinaryFlags = ordinaryFlags;
        _directFlag = directFlag;
        _direct = true;
        _stage = (byte*)NativeMemory.AlignedAlloc(StageSize, Alignment);
    }

    /// <summary>Puts the file in direct mode, or says null where there is no such mode (not Linux, or refused).</summary>
    public static DirectWrites? TryStart(SafeFileHandle file)
    {
        if (!OperatingSystem.IsLinux()) return null;
        int directFlag = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 or Architecture.X86 => 0x4000, // octal 040000
            Architecture.Arm64 => 0x10000,                    // octal 0200000
            _ => 0,
        };
        if (directFlag == 0) return null;
        try
        {
            int fd = (int)file.DangerousGetHandle();
            int flags = Fcntl(fd, GetFlags, 0);
            if (flags < 0 || Fcntl(fd, SetFlags, flags | directFlag) < 0) return null;
            return new DirectWrites(file, fd, flags & ~directFlag, directFlag);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Appends bytes; every full stage goes to the disk before this returns.</summary>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            int n = Math.Min(bytes.Length, StageSize - _used);
            bytes[..n].CopyTo(new Span<byte>(_stage + _used, n));
            _used += n;
            bytes = bytes[n..];
            if (_used == StageSize) WriteFullStage();
        }
    }

    /// <summary>Writes what the stage holds into the file (the ordinary way), keeping it in the stage to be written again whole.</summary>
    public void WritePending()
    {
        if (_used == _pendingWritten) return;
        SetDirect(false);
        RandomAccess.Write(_file, new ReadOnlySpan<byte>(_stage + _pendingWritten, _used - _pendingWritten), _stageOffset + _pendingWritten);
        _pendingWritten = _used;
    }

    private void WriteFullStage()
    {
        var stage = new ReadOnlySpan<byte>(_stage, StageSize);
        if (!_refused)
        {
            try
            {
                SetDirect(true);
                RandomAccess.Write(_file, stage, _stageOffset);
                _stageOffset += StageSize;
                _used = _pendingWritten = 0;
                return;
            }
            catch (IOException)
            {
                _refused = true; // written the ordinary way below; a real failure (a full disk) fails there too
            }
        }
        SetDirect(false);
        RandomAccess.Write(_file, stage, _stageOffset);
        _stageOffset += StageSize;
        _used = _pendingWritten = 0;
    }

    private void SetDirect(bool direct)
    {
        if (direct == _direct) return;
        if (Fcntl(_fd, SetFlags, direct ? _ordinaryFlags | _directFlag : _ordinaryFlags) < 0)
            throw new IOException($"cannot switch direct writes {(direct ? "on" : "off")} (errno {Marshal.GetLastPInvokeError()})");
        _direct = direct;
    }

    public void Dispose()
    {
        if (_stage is null) return;
        NativeMemory.AlignedFree(_stage);
        _stage = null;
    }

    [DllImport("libc", SetLastError = true, EntryPoint = "fcntl")]
    private static extern int Fcntl(int fd, int command, int argument);
}
