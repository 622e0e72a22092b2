namespace Cartograph.Reading;

/// <summary>One input file and its unique document id.</summary>
public readonly record struct CorpusFile(string Path, string Id);

/// <summary>Result of <see cref="CorpusScanner.Scan"/>.</summary>
public sealed class CorpusScan
{
    internal CorpusScan(IReadOnlyList<CorpusFile> entries, IReadOnlyList<ReadProblem> problems)
    {
        Entries = entries;
        Files = entries.Select(e => e.Path).ToArray();
        Problems = problems;
    }

    /// <summary>Full paths, ordinal order, no duplicates.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The same files with their unique document ids (same order as <see cref="Files"/>).</summary>
    public IReadOnlyList<CorpusFile> Entries { get; }

    /// <summary>Missing inputs, unreadable files and folders (errors); explicitly named files with another extension (warnings).</summary>
    public IReadOnlyList<ReadProblem> Problems { get; }
}

/// <summary>
/// Turns input paths (files or folders) into the list of corpus files.
/// <list type="bullet">
/// <item>Folders are walked recursively; only the files a build reads (<c>.txt</c>, <c>.md</c> and the
/// <see cref="Formats.DocumentFormats"/>, any case) are taken, others ignored.
/// Hidden entries (name starting with '.') and symbolic-link folders are not descended into.</item>
/// <item>A file named explicitly with another extension is skipped with a <see cref="ProblemSeverity.Warning"/> problem
/// (a stray .docx or .png is more likely a mistake than intent).</item>
/// <item>A missing input, an unlistable folder or an unopenable file is an error problem naming the path; never an exception.</item>
/// <item>Only regular files are read (symbolic links followed): a named pipe would block the build in <c>open</c> and a device
/// such as /dev/zero never ends, so a <c>.txt</c> that is one is skipped by name ("not a regular file (a named pipe)").</item>
/// <item>Names that are not valid UTF-8 are read too (<see cref="RawPaths"/>); their ids show the bad bytes as <c>\xNN</c>.</item>
/// <item>Order is ordinal by full path; duplicates (same full path reached twice) are removed.</item>
/// <item>Ids: the file's folder name and its name without extension, '/'-separated ("2026-11-22/episode"), whatever
/// else is scanned, so the same file has the same id in a build, an update and a shard. Files of one scan that would
/// share an id (compared ignoring case) take more of their folders ("2025/11/episode", "2026/11/episode"), then
/// their extension ("notes/x.txt", "notes/x.md").</item>
/// </list>
/// </summary>
public static class CorpusScanner
{
    /// <summary>A file a build reads: plain text, markdown, or one of the <see cref="Formats.DocumentFormats"/>.</summary>
    public static bool IsCorpusFile(string path) => Formats.DocumentFormats.IsReadable(path);

    public static CorpusScan Scan(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var files = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<ReadProblem>();

        foreach (var input in inputs)
        {
            if (string.IsNullOrWhiteSpace(input))
            {
                problems.Add(new ReadProblem(input ?? "", "empty input path"));
                continue;
            }
            string full;
            try { full = Path.GetFullPath(RawPaths.FromArgument(input)); }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                problems.Add(new ReadProblem(input, $"invalid path ({e.Message})"));
                continue;
            }

            var kind = FileKinds.Of(full);
            if (kind == FileKind.Directory) Walk(full, files, problems);
            else if (kind == FileKind.Missing) problems.Add(new ReadProblem(input, "input path not found"));
            else if (FileKinds.NotRegular(kind) is { } why) problems.Add(new ReadProblem(input, why + "; skipped"));
            else if (!IsCorpusFile(full))
                problems.Add(new ReadProblem(input, $"{ReadWarnings.NotACorpusFile} ({string.Join(", ", Formats.DocumentFormats.Extensions)}); skipped", ProblemSeverity.Warning));
            else if (CanOpen(full, problems)) files.Add(full);
        }

        var ordered = files.OrderBy(f => f, StringComparer.Ordinal).ToArray();
        return new CorpusScan(AssignIds(ordered), problems);
    }

    private static void Walk(string root, HashSet<string> files, List<ReadProblem> problems)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            string[] entries;
            try { entries = RawPaths.List(dir); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new ReadProblem(dir, $"cannot list folder: {e.Message}"));
                continue;
            }
            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                if (name.StartsWith('.')) continue;
                // the usual entry, a corpus file that opens as a regular file (or a link to one), is kept on that open
                // alone: what the kind test below would say of it is what the open file says (a third fewer calls per file)
                if (IsCorpusFile(entry) && RawPaths.TryOpenRegular(entry) is { } regular)
                {
                    regular.Dispose();
                    files.Add(entry);
                    continue;
                }
                var self = FileKinds.OfLink(entry);
                if (self == FileKind.Directory) pending.Push(entry);
                // a linked folder is not descended into; a linked file is read like the file it names
                if (self == FileKind.Directory || !IsCorpusFile(entry)) continue;
                var kind = self == FileKind.SymbolicLink ? FileKinds.Of(entry) : self;
                if (kind == FileKind.Directory) continue;
                if (FileKinds.NotRegular(kind) is { } why) problems.Add(new ReadProblem(entry, why + "; skipped"));
                else if (CanOpen(entry, problems)) files.Add(entry);
            }
        }
    }

    private static bool CanOpen(string path, List<ReadProblem> problems)
    {
        if (RawPaths.TryOpenRegular(path) is { } handle)
        {
            handle.Dispose();
            return true;
        }
        try
        {
            using var _ = RawPaths.OpenRead(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ReadProblem(path, $"unreadable file: {e.Message}"));
            return false;
        }
    }

    /// <summary>
    /// The id of a file seen on its own: its folder's name and its name without extension ("2026-11-22/episode").
    /// It depends on nothing but the file's place, so a file gets the same id in a full build, an update or a shard.
    /// </summary>
    public static string IdOf(string path) => IdOf(Path.GetFullPath(path), folders: 1, keepExtension: false);

    private static string IdOf(string fullPath, int folders, bool keepExtension)
    {
        var parts = new List<string> { keepExtension ? Path.GetFileName(fullPath) : Path.GetFileNameWithoutExtension(fullPath) };
        var dir = Path.GetDirectoryName(fullPath);
        for (var k = 0; k < folders && !string.IsNullOrEmpty(dir); k++)
        {
            var name = Path.GetFileName(dir);
            if (name.Length == 0) break;
            parts.Add(name);
            dir = Path.GetDirectoryName(dir);
        }
        parts.Reverse();
        return string.Join('/', parts);
    }

    /// <summary>Folders above <paramref name="fullPath"/> that have a name.</summary>
    private static int FolderDepth(string fullPath)
    {
        var depth = 0;
        for (var dir = Path.GetDirectoryName(fullPath); !string.IsNullOrEmpty(dir) && Path.GetFileName(dir).Length > 0; dir = Path.GetDirectoryName(dir)) depth++;
        return depth;
    }

    /// <summary>
    /// Each file's <see cref="IdOf(string)"/>; files of one scan that would share an id (compared ignoring case) take
    /// more of their folders ("2025/11/21", "2026/11/21"), and keep their extension when that is all that differs.
    /// </summary>
    private static CorpusFile[] AssignIds(string[] ordered)
    {
        var folders = new int[ordered.Length];
        var keepExtension = new bool[ordered.Length];
        Array.Fill(folders, 1);
        var ids = ordered.Select(p => IdOf(p, 1, false)).ToArray();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var group in Enumerable.Range(0, ordered.Length).GroupBy(i => ids[i], StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                // files of one folder that differ only by extension keep it; the others take one more folder
                var sameFolderAndName = group.GroupBy(i => Path.ChangeExtension(ordered[i], null), StringComparer.OrdinalIgnoreCase)
                    .Where(g => g.Count() > 1).SelectMany(g => g).ToHashSet();
                foreach (var i in group)
                {
                    if (sameFolderAndName.Contains(i) && !keepExtension[i]) keepExtension[i] = true;
                    else if (!sameFolderAndName.Contains(i) && folders[i] < FolderDepth(ordered[i])) folders[i]++;
                    else if (!keepExtension[i]) keepExtension[i] = true;
                    else continue;
                    ids[i] = IdOf(ordered[i], folders[i], keepExtension[i]);
                    changed = true;
                }
            }
        }
        return ordered.Select((path, i) => new CorpusFile(path, RawPaths.Display(ids[i]))).ToArray();
    }
}
