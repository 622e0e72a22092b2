using Cartograph.Writing;

namespace Cartograph.Partials;

/// <summary>
/// A partial graph being written: documents stream into a hidden temp file next to the target and
/// it takes the target's name only on <see cref="Commit"/>, so a failed or interrupted run never
/// leaves a half-written partial where a later update or merge would trust it. Every failure to write
/// is an <see cref="OutputFailedException"/> naming the file; a cancelled run stops at its next write.
/// The bytes go through a <see cref="WriteBehindStream"/>: a background thread writes them and another flushes them
/// to disk as the build goes, so the thread that folds the documents never waits for the disk and the flush at
/// <see cref="Commit"/> has only the last few MB left (it was a whole 100 MB partial at the end of a build).
/// </summary>
public sealed class PartialFileOutput : IDisposable
{
    private readonly string _path;
    private readonly string _temp;
    private readonly Microsoft.Win32.SafeHandles.SafeFileHandle _file;
    private readonly WriteBehindStream _stream;
    private readonly string _folder;
    private readonly bool _createdFolder;
    private bool _done;

    /// <exception cref="OutputFailedException">The folder cannot be created or the file cannot be written; the message names it.</exception>
    public PartialFileOutput(string path, CancellationToken cancel = default)
    {
        _path = System.IO.Path.GetFullPath(path);
        _temp = AtomicFile.TempPathFor(_path);
        try
        {
            _folder = System.IO.Path.GetDirectoryName(_path)!;
            _createdFolder = !Directory.Exists(_folder);
            Directory.CreateDirectory(_folder);
            Leftovers = AtomicFile.RemoveLeftovers(_path);
            _file = File.OpenHandle(_temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputFailedException($"cannot write the partial graph '{_path}': {OutputFailedException.OneLine(ex.Message)}", ex);
        }
        _stream = new WriteBehindStream(_file);
        Writer = new PartialWriter(new GuardedOutput(_stream, _path, cancel));
    }

    public string Path => _path;
    public PartialWriter Writer { get; }

    /// <summary>Temp files of this partial that killed runs had left, now deleted.</summary>
    public IReadOnlyList<string> Leftovers { get; }

    /// <summary>Ends the file (its end record), flushes it to disk and gives it its name.</summary>
    /// <exception cref="OutputFailedException">It could not be written (disk full...); the target is unchanged.</exception>
    public void Commit()
    {
        try
        {
            Writer.Finish();
            _stream.Complete();
            RandomAccess.FlushToDisk(_file);
            _stream.Dispose();
            _file.Dispose();
            AtomicFile.MoveIntoPlace(_temp, _path);
            _done = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputFailedException($"cannot write the partial graph '{_path}': {OutputFailedException.OneLine(ex.Message)}", ex);
        }
    }

    /// <summary>Without <see cref="Commit"/>: deletes the temp file. Never throws (a full disk fails the flush here too).</summary>
    public void Dispose()
    {
        if (_done) return;
        Writer.Dispose();
        try
        {
            _stream.Dispose(); // stops its threads; what they had not written is thrown away anyway
            _file.Dispose();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // the buffered bytes could not be flushed (disk full): they are being thrown away anyway
        }
        try
        {
            File.Delete(_temp);
            // a run that wrote nothing leaves no trace, not even the folder it made
            if (_createdFolder && !Directory.EnumerateFileSystemEntries(_folder).Any()) Directory.Delete(_folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // best effort: a hidden .tmp file or an empty folder is harmless, and the next run removes the file
        }
    }
}
