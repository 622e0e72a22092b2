using NUnit.Framework;
using System.Text;
using Cartograph.Reading;
using static Cartograph.Tests.Reading.ReadingTestSupport;

namespace Cartograph.Tests.Reading;

public class DocumentReaderTests
{
    [Test]
    public void Seed_001_is_repaired_to_O_N_squared()
    {
        var path = Directory.GetFiles(Path.Combine(RepoRoot(), "seeds"), "001_*.txt").Single();
        var result = Reader.Read(path);
        Assert.That(result.Problem, Is.Null);
        var doc = result.Document!;
        Assert.Multiple(() =>
        {
            Assert.That(doc.Id, Is.EqualTo("seeds/" + Path.GetFileNameWithoutExtension(path)));
            Assert.That(doc.Path, Is.EqualTo(path));
            Assert.That(doc.Text, Does.Contain("O(N²)"));
            Assert.That(doc.Text, Does.Not.Contain("Ã").And.Not.Contain("Â"));
            Assert.That(result.Warnings, Has.Some.EqualTo("repaired double-encoded UTF-8 in 1 place"));
            Assert.That(doc.Speakers, Is.EquivalentTo(new[] { "Chris", "Lily" }));
            Assert.That(doc.Content, Does.Not.Contain("[pauses]"));
        });
    }

    [Test]
    public void All_seeds_read_as_transcripts_with_consistent_lines()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(RepoRoot(), "seeds"), "*.txt"))
        {
            var result = Reader.Read(path);
            Assert.That(result.Problem, Is.Null, path);
            var doc = result.Document!;
            Assert.That(doc.Speakers, Is.Not.Empty, path);
            foreach (var line in doc.Lines)
            {
                Assert.That(line.Start + line.Length, Is.LessThanOrEqualTo(doc.Text.Length));
                Assert.That(line.ContentStart, Is.InRange(line.Start, line.Start + line.Length));
                Assert.That(line.ContentStart + line.ContentLength, Is.EqualTo(line.Start + line.Length));
                Assert.That(doc.Text.AsSpan(line.Start, line.Length).Contains('\n'), Is.False);
            }
            Assert.That(doc.Content, Does.Not.Contain("Chris:").And.Not.Contain("Lily:"), path);
        }
    }

    [Test]
    public void Id_defaults_to_folder_and_file_name_and_hash_is_lowercase_sha256_of_text()
    {
        using var dir = new TempDir();
        var path = dir.Write("abc_123.txt", "Chris: hello\r\n");
        var doc = Reader.Read(path).Document!;
        Assert.That(doc.Id, Is.EqualTo(Path.GetFileName(dir.Path) + "/abc_123"));
        Assert.That(doc.Text, Is.EqualTo("Chris: hello\n"));
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("Chris: hello\n")));
        Assert.That(doc.ContentHash, Is.EqualTo(expected).And.Match("^[0-9a-f]{64}$"));
    }

    [Test]
    public void Content_hash_is_stable_across_encodings_and_line_endings()
    {
        const string text = "Chris: café “quoted”\nLily: ok\n";
        var a = Reader.Read(Encoding.UTF8.GetBytes(text), "a", "a").Document!;
        var b = Reader.Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n"))], "b", "b").Document!;
        var c = Reader.Read([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)], "c", "c").Document!;
        var again = Reader.Read(Encoding.UTF8.GetBytes(text), "a", "a").Document!;
        Assert.That(new[] { b.ContentHash, c.ContentHash, again.ContentHash }, Is.All.EqualTo(a.ContentHash));
    }

    [Test]
    public void Windows_1252_file_reads_with_warning()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Chris: "), 0x93, (byte)'h', 0xE9, 0x94];
        var result = Reader.Read(bytes, "x.txt", "x");
        Assert.That(result.Document!.Text, Is.EqualTo("Chris: “hé”"));
        Assert.That(result.Warnings, Has.Some.EqualTo("decoded as Windows-1252 (not valid UTF-8)"));
    }

    [Test]
    public void Empty_file_is_a_problem()
    {
        using var dir = new TempDir();
        var path = dir.Write("empty.txt", []);
        var result = Reader.Read(path);
        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Problem, Is.EqualTo(new ReadProblem(path, "empty file")));
        Assert.That(Reader.Read([0xEF, 0xBB, 0xBF, (byte)' ', (byte)'\n'], "w", "w").Problem!.Message, Is.EqualTo("empty file (only whitespace)"));
    }

    [Test]
    public void Binary_file_is_a_problem()
    {
        using var dir = new TempDir();
        var path = dir.Write("image.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);
        var result = Reader.Read(path);
        Assert.That(result.Problem!.Message, Is.EqualTo("binary file (NUL byte at offset 8)"));
        Assert.That(result.Problem.Path, Is.EqualTo(path));
    }

    [Test, CancelAfter(20000)]
    public void Fifty_megabyte_single_line_is_rejected_quickly()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "huge.txt");
        using (var f = File.Create(path))
        {
            var chunk = Encoding.ASCII.GetBytes(new string('a', 1 << 20));
            for (var i = 0; i < 50; i++) f.Write(chunk);
        }
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = Reader.Read(path);
        watch.Stop();
        Assert.That(result.Problem!.Message, Is.EqualTo("line 1 of 52,428,800 bytes exceeds the 1 MB line limit"));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void Overlong_line_can_be_skipped_with_a_warning()
    {
        var reader = new DocumentReader(new DocumentReaderOptions { MaxLineChars = 100, OverlongLines = OverlongLinePolicy.Skip });
        var text = "Chris: short\n" + new string('x', 500) + "\nLily: fine\n";
        var result = reader.Read(Encoding.UTF8.GetBytes(text), "t", "t");
        var doc = result.Document!;
        Assert.That(result.Warnings, Has.Some.EqualTo("line 2 of 500 characters exceeds the 100-character line limit; its content was skipped"));
        Assert.That(doc.Lines[1].Speaker, Is.Null);
        Assert.That(doc.Lines[1].ContentLength, Is.Zero);
        Assert.That(doc.Content.Substring(doc.Lines[1].Start, 500), Is.EqualTo(new string(' ', 500)));
        Assert.That(doc.Lines[2].Speaker, Is.EqualTo("Lily"));
    }

    [Test]
    public void Overlong_line_below_the_byte_precheck_is_rejected_in_chars()
    {
        var reader = new DocumentReader(new DocumentReaderOptions { MaxLineChars = 100 });
        var result = reader.Read(Encoding.UTF8.GetBytes("ok\n" + new string('x', 150)), "t", "t");
        Assert.That(result.Problem!.Message, Is.EqualTo("line 2 of 150 characters exceeds the 100-character line limit"));
    }

    [Test]
    public void File_over_the_size_limit_is_rejected_before_reading()
    {
        using var dir = new TempDir();
        var path = dir.Write("big.txt", new byte[3 * 1024 * 1024]);
        var reader = new DocumentReader(new DocumentReaderOptions { MaxFileBytes = 2 * DocumentReaderOptions.MB });
        Assert.That(reader.Read(path).Problem!.Message, Is.EqualTo("file too large (3 MB > 2 MB limit)"));
    }

    [Test]
    public void Missing_file_is_a_problem_not_an_exception()
    {
        var path = Path.Combine(Path.GetTempPath(), "cartograph-missing-" + Guid.NewGuid().ToString("N"), "gone.txt");
        var result = Reader.Read(path);
        Assert.That(result.Problem!.Path, Is.EqualTo(path));
        Assert.That(result.Problem.Message, Does.StartWith("file not found"));
    }

    [Test]
    public void Folder_given_as_file_is_a_problem()
    {
        using var dir = new TempDir();
        Assert.That(Reader.Read(dir.Path).Problem!.Message, Is.EqualTo("is a folder, not a file"));
    }

    [Test]
    public void Stream_overload_reads_non_seekable_streams()
    {
        using var inner = new MemoryStream(Encoding.UTF8.GetBytes("Lily: hi"));
        using var stream = new NonSeekable(inner);
        Assert.That(Reader.Read(stream, "s.txt", "s").Document!.Lines.Single().Speaker, Is.EqualTo("Lily"));
    }

    [Test]
    public void Reader_is_safe_to_share_between_threads()
    {
        var path = Directory.GetFiles(Path.Combine(RepoRoot(), "seeds"), "*.txt").First();
        var expected = Reader.Read(path).Document!.ContentHash;
        var hashes = new string[16];
        Parallel.For(0, hashes.Length, i => hashes[i] = Reader.Read(path).Document!.ContentHash);
        Assert.That(hashes, Is.All.EqualTo(expected));
    }

    private sealed class NonSeekable(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
