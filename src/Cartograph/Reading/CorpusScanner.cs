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
/// <item>Folders are walked recursively; only <c>.txt</c> and <c>.md</c> files (any case) are taken, others ignored.
/// Hidden entries (name starting with '.') and symbolic-link folders are not descended into.</item>
/// <item>A file named explicitly with another extension is skipped with a <see cref="ProblemSeverity.Warning"/> problem
/// (the corpus is defined as text and markdown; a stray .json or .pdf is more likely a mistake than intent).</item>
/// <item>A missing input, an unlistable folder or an unopenable file is an error problem naming the path; never an exception.</item>
/// <item>Only regular files are read (symbolic links followed): a named pipe would block the build in <c>open</c> and a device
/// such as /dev/zero never ends, so a <c>.txt</c> that is one is skipped by name ("not a regular file (a named pipe)").</item>
/// <item>Names that are not valid UTF-8 are read too (<see cref="RawPaths"/>); their ids show the bad bytes as <c>\xNN</c>.</item>
/// <item>Order is ordinal by full path; duplicates (same full path reached twice) are removed.</item>
/// <item>Ids: the file name without extension; names shared by several files (compared ignoring case) become the path
/// relative to the group's deepest common folder, without extension, '/'-separated (e.g. "a/notes", "b/notes");
/// if that still collides (same stem, different extensions) the extension is kept.</item>
/// </list>
/// </summary>
public static class CorpusScanner
{
    private static readonly string[] Extensions = [".txt", ".md"];

    public static bool IsCorpusFile(string path) =>
        Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

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
                problems.Add(new ReadProblem(input, "not a .txt or .md file; skipped", ProblemSeverity.Warning));
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

    private static CorpusFile[] AssignIds(string[] ordered)
    {
        var ids = new string[ordered.Length];
        var byStem = ordered.Select((path, index) => (path, index))
            .GroupBy(x => Path.GetFileNameWithoutExtension(x.path), StringComparer.OrdinalIgnoreCase);
        foreach (var group in byStem)
        {
            var members = group.ToArray();
            if (members.Length == 1)
            {
                ids[members[0].index] = RawPaths.Display(group.Key);
                continue;
            }
            var common = CommonFolder(members.Select(m => Path.GetDirectoryName(m.path) ?? "").ToArray());
            var relative = members.Select(m => Relative(common, m.path, keepExtension: false)).ToArray();
            var collides = relative.GroupBy(r => r, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1);
            for (var i = 0; i < members.Length; i++)
                ids[members[i].index] = RawPaths.Display(collides ? Relative(common, members[i].path, keepExtension: true) : relative[i]);
        }
        return ordered.Select((path, i) => new CorpusFile(path, ids[i])).ToArray();
    }

    private static string Relative(string folder, string path, bool keepExtension)
    {
        var rel = folder.Length == 0 ? path : Path.GetRelativePath(folder, path);
        if (!keepExtension)
        {
            var ext = Path.GetExtension(rel);
            rel = rel[..^ext.Length];
        }
        return Path.DirectorySeparatorChar == '/' ? rel : rel.Replace(Path.DirectorySeparatorChar, '/');
    }

    private static string CommonFolder(string[] folders)
    {
        var common = folders[0];
        foreach (var folder in folders.Skip(1))
        {
            while (common.Length > 0 && !IsSameOrInside(folder, common))
                common = Path.GetDirectoryName(common) ?? "";
        }
        return common;
    }

    private static bool IsSameOrInside(string folder, string ancestor) =>
        folder.Equals(ancestor, StringComparison.Ordinal)
        || (folder.StartsWith(ancestor, StringComparison.Ordinal)
            && (ancestor.EndsWith(Path.DirectorySeparatorChar) || folder[ancestor.Length] == Path.DirectorySeparatorChar));
}
