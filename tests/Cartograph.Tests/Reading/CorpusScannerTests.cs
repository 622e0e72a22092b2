using NUnit.Framework;
using Cartograph.Reading;

namespace Cartograph.Tests.Reading;

public class CorpusScannerTests
{
    [Test]
    public void Folders_are_walked_recursively_for_txt_and_md_in_ordinal_order()
    {
        using var dir = new TempDir();
        dir.Write("b.txt", "x");
        dir.Write("A.MD", "x");
        dir.Write("sub/c.Txt", "x");
        dir.Write("sub/deeper/d.md", "x");
        dir.Write("sub/ignored.docx", "{}");
        dir.Write("notes.png", "x");
        dir.Write(".hidden/e.txt", "x");

        var scan = CorpusScanner.Scan([dir.Path]);
        var expected = new[] { "A.MD", "b.txt", "sub/c.Txt", "sub/deeper/d.md" }
            .Select(r => Path.Combine(dir.Path, r)).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        Assert.That(scan.Problems, Is.Empty);
        Assert.That(scan.Files, Is.EqualTo(expected));
        Assert.That(scan.Entries.Select(e => e.Id), Is.EquivalentTo(new[] { $"{Path.GetFileName(dir.Path)}/A", $"{Path.GetFileName(dir.Path)}/b", "sub/c", "deeper/d" }));
    }

    [Test]
    public void Duplicates_across_inputs_are_removed()
    {
        using var dir = new TempDir();
        var file = dir.Write("a.txt", "x");
        var scan = CorpusScanner.Scan([dir.Path, file, Path.Combine(dir.Path, ".", "a.txt")]);
        Assert.That(scan.Files, Is.EqualTo(new[] { file }));
    }

    [Test]
    public void Missing_input_is_a_problem_naming_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "cartograph-nope-" + Guid.NewGuid().ToString("N"));
        var scan = CorpusScanner.Scan([missing]);
        Assert.That(scan.Files, Is.Empty);
        Assert.That(scan.Problems, Is.EqualTo(new[] { new ReadProblem(missing, "input path not found") }));
    }

    [Test]
    public void Explicit_file_with_other_extension_is_skipped_with_a_warning()
    {
        using var dir = new TempDir();
        var json = dir.Write("data.csv", "{}");
        var scan = CorpusScanner.Scan([json]);
        Assert.That(scan.Files, Is.Empty);
        var problem = scan.Problems.Single();
        Assert.That((problem.Path, problem.Severity, problem.Kind), Is.EqualTo((json, ProblemSeverity.Warning, ReadWarnings.NotACorpusFile)));
        Assert.That(problem.Message, Does.Contain(".srt").And.Contain(".pdf").And.EndWith("skipped"));
    }

    [Test]
    public void Same_file_name_in_different_folders_gets_unique_relative_ids()
    {
        using var dir = new TempDir();
        dir.Write("2024/jan/notes.txt", "x");
        dir.Write("2024/feb/Notes.md", "x");
        dir.Write("2025/jan/notes.txt", "x");
        dir.Write("unique.txt", "x");
        dir.Write("same/x.txt", "x");
        dir.Write("same/x.md", "x");

        var ids = CorpusScanner.Scan([dir.Path]).Entries.ToDictionary(e => Path.GetRelativePath(dir.Path, e.Path).Replace('\\', '/'), e => e.Id);
        Assert.That(ids["2024/jan/notes.txt"], Is.EqualTo("2024/jan/notes"));
        Assert.That(ids["2025/jan/notes.txt"], Is.EqualTo("2025/jan/notes"));
        Assert.That(ids["2024/feb/Notes.md"], Is.EqualTo("feb/Notes"));
        Assert.That(ids["unique.txt"], Is.EqualTo(Path.GetFileName(dir.Path) + "/unique"));
        Assert.That(ids["same/x.txt"], Is.EqualTo("same/x.txt"));
        Assert.That(ids["same/x.md"], Is.EqualTo("same/x.md"));
        Assert.That(ids.Values, Is.Unique);
    }

    [Test]
    public void A_files_id_does_not_depend_on_what_else_is_scanned()
    {
        // the same file must get the same id in a full build, an update with a day's folder, and a shard
        using var dir = new TempDir();
        var monday = dir.Write("corpus/2026-11-21/episode.txt", "x");
        var tuesday = dir.Write("corpus/2026-11-22/episode.txt", "y");
        var all = CorpusScanner.Scan([Path.Combine(dir.Path, "corpus")]).Entries.Select(e => e.Id).ToArray();
        var alone = new[] { CorpusScanner.Scan([monday]).Entries.Single().Id, CorpusScanner.Scan([Path.Combine(dir.Path, "corpus", "2026-11-22")]).Entries.Single().Id };
        Assert.That(all, Is.EqualTo(new[] { "2026-11-21/episode", "2026-11-22/episode" }));
        Assert.That(alone, Is.EqualTo(all));
        Assert.That(CorpusScanner.IdOf(tuesday), Is.EqualTo("2026-11-22/episode"));
    }

    [Test]
    public void Ids_are_deterministic_regardless_of_input_order()
    {
        using var dir = new TempDir();
        var a = dir.Write("a/doc.txt", "x");
        var b = dir.Write("b/doc.txt", "x");
        var first = CorpusScanner.Scan([a, b]).Entries;
        var second = CorpusScanner.Scan([b, a]).Entries;
        Assert.That(second, Is.EqualTo(first));
        Assert.That(first.Select(e => e.Id), Is.EqualTo(new[] { "a/doc", "b/doc" }));
    }

    [Test]
    public void Special_characters_and_spaces_in_file_names_are_read()
    {
        using var dir = new TempDir();
        var names = OperatingSystem.IsWindows()
            ? new[] { "with space.txt", "amp & quote'.txt" }
            : new[] { "with space.txt", "amp & quote'.txt", "lt<gt>.md", "pipe|\"dq\\bs.txt" };
        foreach (var n in names) dir.Write(n, "Chris: hello\nLily: hi\n");

        var scan = CorpusScanner.Scan([dir.Path]);
        Assert.That(scan.Problems, Is.Empty);
        Assert.That(scan.Files, Has.Count.EqualTo(names.Length));
        var reader = new DocumentReader();
        foreach (var entry in scan.Entries)
        {
            var result = reader.Read(entry.Path, entry.Id);
            Assert.That(result.Problem, Is.Null, entry.Path);
            Assert.That(result.Document!.Id, Is.EqualTo(Path.GetFileName(dir.Path) + "/" + Path.GetFileNameWithoutExtension(entry.Path)));
        }
    }

    [Test]
    public void Unreadable_file_is_a_problem()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
            Assert.Ignore("permissions cannot make a file unreadable here");
        using var dir = new TempDir();
        var path = dir.Write("secret.txt", "x");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.None);
        var scan = CorpusScanner.Scan([dir.Path]);
        Assert.That(scan.Files, Is.Empty);
        Assert.That(scan.Problems.Single().Path, Is.EqualTo(path));
        Assert.That(scan.Problems.Single().Message, Does.StartWith("unreadable file"));
    }
}
