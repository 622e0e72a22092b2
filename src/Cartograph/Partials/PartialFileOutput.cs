using Cartograph.Writing;

namespace Cartograph.Partials;

/// <summary>
/// A partial graph being written: documents stream into a hidden temp file next to the target and
/// it takes the target's name only on <see cref="Commit"/>, so a failed or interrupted run never
/// leaves a half-written partial where a later update or merge would trust it.
/// </summary>
public sealed class PartialFileOutput : IDisposable
{
    private readonly string _path;
    private readonly string _temp;
    private readonly FileStream _stream;
    private readonly string _folder;
    private readonly bool _createdFolder;
    private bool _done;

    /// <exception cref="IOException">The folder cannot be created or the file cannot be written; the message names it.</exception>
    public PartialFileOutput(string path)
    {
        _path = System.IO.Path.GetFullPath(path);
        _temp = AtomicFile.TempPathFor(_path);
        try
        {
            _folder = System.IO.Path.GetDirectoryName(_path)!;
            _createdFolder = !Directory.Exists(_folder);
            Directory.CreateDirectory(_folder);
            _stream = new FileStream(_temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"Cannot write the partial graph '{_path}': {ex.Message}", ex);
        }
        Writer = new PartialWriter(_stream);
    }

    public string Path => _path;
    public PartialWriter Writer { get; }

    public void Commit()
    {
        try
        {
            Writer.Dispose();
            _stream.Flush(flushToDisk: true);
            _stream.Dispose();
            AtomicFile.MoveIntoPlace(_temp, _path);
            _done = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"Cannot write the partial graph '{_path}': {ex.Message}", ex);
        }
    }

    public void Dispose()
    {
        if (_done) return;
        Writer.Dispose();
        _stream.Dispose();
        try
        {
            File.Delete(_temp);
            // a run that wrote nothing leaves no trace, not even the folder it made
            if (_createdFolder && !Directory.EnumerateFileSystemEntries(_folder).Any()) Directory.Delete(_folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // best effort: a hidden .tmp file or an empty folder is harmless
        }
    }
}
