using Cartograph.Partials;

namespace Cartograph.Writing;

/// <summary>
/// The files of one build are one result: the output folder holds all of the previous build's set or all of the new
/// one, never graph.graphml of one beside graph.json of the other.
/// <list type="number">
/// <item><see cref="Begin"/> takes the folder's <see cref="OutputLock"/> (a second run into it fails at once), finishes
/// or removes what a killed run left (see below), and makes a private staging folder inside the output folder.</item>
/// <item>The run writes every file of its set into <see cref="StagingFolder"/>, each flushed to disk.</item>
/// <item><see cref="Commit"/> lists the files written in a manifest, then renames the staging folder to
/// <c>.cartograph-ready</c>: that one rename is the commit point. It then removes the files of the set this run did not
/// write (graph.svg with --no-svg or a failed render: an old picture must not sit beside a new graph) and renames each
/// new file over the old one, graph.json last.</item>
/// </list>
/// Killed before the commit point, a run leaves the old set whole and a staging folder that the next run into the
/// folder deletes; killed after it (the switch is a few renames in one folder), the next run finishes the switch from
/// the manifest before anything else. A run that fails or is interrupted deletes its staging folder itself.
/// </summary>
public sealed class OutputSet : IDisposable
{
    /// <summary>
    /// Every file a build can leave in its output folder, in the order they are switched into place: the formats of
    /// <see cref="GraphWriters.Formats"/> (an output format added there is part of the set), graph.svg and the partial.
    /// </summary>
    public static readonly IReadOnlyList<string> Files =
        [.. GraphWriters.Formats.Select(f => f.File), GraphWriters.SvgFile, PartialFormat.BuildFileName];

    private const string StagingPrefix = ".cartograph-staging-";
    private const string ReadyFolder = ".cartograph-ready";
    private const string ManifestFile = "manifest";

    private readonly OutputLock _lock;
    private readonly bool _createdFolder;
    private bool _committed;

    private OutputSet(string folder, OutputLock held, bool createdFolder, IReadOnlyList<string> recovered)
    {
        Folder = folder;
        _lock = held;
        _createdFolder = createdFolder;
        Recovered = recovered;
        StagingFolder = Path.Combine(folder, $"{StagingPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
    }

    /// <summary>The output folder (full path).</summary>
    public string Folder { get; }

    /// <summary>Where this run writes its files until <see cref="Commit"/>.</summary>
    public string StagingFolder { get; }

    /// <summary>What was found and put right from an earlier run that was killed (one line each, for the user).</summary>
    public IReadOnlyList<string> Recovered { get; }

    /// <summary>The path in the staging folder of one file of the set.</summary>
    public string Staged(string name) => Path.Combine(StagingFolder, name);

    /// <summary>The path a file of the set has once committed.</summary>
    public string Final(string name) => Path.Combine(Folder, name);

    /// <exception cref="OutputLockedException">Another run is writing into the folder.</exception>
    /// <exception cref="OutputFailedException">The folder cannot be created or written.</exception>
    public static OutputSet Begin(string outDir)
    {
        string folder = Path.GetFullPath(outDir);
        bool created;
        try
        {
            created = !Directory.Exists(folder);
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputFailedException($"cannot create the output folder '{folder}': {OutputFailedException.OneLine(ex.Message)}", ex);
        }
        var held = OutputLock.Acquire(folder);
        OutputSet? set = null;
        try
        {
            set = new OutputSet(folder, held, created, Recover(folder));
            Directory.CreateDirectory(set.StagingFolder);
            return set;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            held.Dispose();
            throw OutputFailedException.Writing(set?.StagingFolder ?? folder, ex);
        }
    }

    /// <summary>Makes the staged files the folder's set (see the class). <paramref name="written"/>: the names staged.</summary>
    /// <exception cref="OutputFailedException">Nothing could be switched in; the old set is still whole.</exception>
    public void Commit(IEnumerable<string> written)
    {
        var names = written.ToArray();
        foreach (var name in names)
            if (!Files.Contains(name)) throw new ArgumentException($"'{name}' is not a file of the output set.", nameof(written));
        string ready = Path.Combine(Folder, ReadyFolder);
        try
        {
            string manifest = Staged(ManifestFile);
            using (var file = new FileStream(manifest, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                file.Write(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', names) + "\n"));
                file.Flush(flushToDisk: true);
            }
            Directory.Move(StagingFolder, ready);
            AtomicFile.FlushFolder(Folder); // the commit point is on disk before any old file is replaced
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw OutputFailedException.Writing(ready, ex);
        }
        _committed = true;
        try
        {
            Switch(Folder, ready);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputFailedException($"the new outputs are complete in '{ready}' but could not all be moved into "
                + $"'{Folder}' ({OutputFailedException.OneLine(ex.Message)}); the next run into the folder finishes the move", ex);
        }
    }

    /// <summary>Moves a committed set into place; safe to repeat, so a run killed half-way through is finished by the next.</summary>
    private static void Switch(string folder, string ready)
    {
        string manifest = Path.Combine(ready, ManifestFile);
        if (File.Exists(manifest))
        {
            var names = File.ReadAllLines(manifest).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
            foreach (var name in Files)
                if (!names.Contains(name)) File.Delete(Path.Combine(folder, name));
            foreach (var name in Files)
            {
                string from = Path.Combine(ready, name);
                if (names.Contains(name) && File.Exists(from)) File.Move(from, Path.Combine(folder, name), overwrite: true);
            }
        }
        AtomicFile.FlushFolder(folder);
        Directory.Delete(ready, recursive: true);
    }

    /// <summary>Finishes a committed switch a killed run left and removes its staging folders and temp files.</summary>
    private static List<string> Recover(string folder)
    {
        var notes = new List<string>();
        string ready = Path.Combine(folder, ReadyFolder);
        if (Directory.Exists(ready))
        {
            Switch(folder, ready);
            notes.Add($"finished switching in the outputs of an earlier run that was stopped while moving them into '{folder}'");
        }
        foreach (var staging in Directory.GetDirectories(folder, StagingPrefix + "*"))
        {
            Directory.Delete(staging, recursive: true);
            notes.Add($"removed '{staging}', left by an earlier run that was stopped before it finished (its outputs were never used)");
        }
        foreach (var name in Files)
        foreach (var temp in Directory.GetFiles(folder, "." + name + ".*.tmp"))
        {
            File.Delete(temp);
            notes.Add($"removed the temp file '{temp}', left by an earlier run that was stopped");
        }
        return notes;
    }

    /// <summary>Without <see cref="Commit"/>: deletes the staging folder (and the output folder if this run made it and it is empty).</summary>
    public void Dispose()
    {
        try
        {
            if (!_committed && Directory.Exists(StagingFolder)) Directory.Delete(StagingFolder, recursive: true);
            if (!_committed && _createdFolder)
            {
                // a run that wrote nothing leaves no trace, not even the folder it made
                File.Delete(Path.Combine(Folder, OutputLock.FileName));
                if (!Directory.EnumerateFileSystemEntries(Folder).Any()) Directory.Delete(Folder);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // best effort: the next run into the folder removes what is left
        }
        finally
        {
            _lock.Dispose();
        }
    }
}
