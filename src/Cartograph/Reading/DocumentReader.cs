using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Cartograph.Reading.Formats;

namespace Cartograph.Reading;

/// <summary>
/// Reads one file into a <see cref="Document"/>: decode (<see cref="TextDecoder"/>; captions, web pages, Whisper JSON and
/// PDF are first made text by their <see cref="DocumentFormat"/>), split into lines, recognise
/// speaker labels (<see cref="SpeakerLabelParser"/>), build <see cref="Document.Content"/> (<see cref="ContentCleaner"/>).
/// Immutable after construction and safe to share between threads. Never throws for bad input: every failure is a
/// <see cref="ReadProblem"/> on the result.
/// </summary>
public sealed class DocumentReader
{
    private readonly DocumentReaderOptions _options;

    public DocumentReader(DocumentReaderOptions? options = null)
    {
        _options = options ?? DocumentReaderOptions.Default;
        if (_options.MaxFileBytes <= 0) throw new ArgumentOutOfRangeException(nameof(options), "MaxFileBytes must be positive.");
        if (_options.MaxLineChars <= 0) throw new ArgumentOutOfRangeException(nameof(options), "MaxLineChars must be positive.");
        if (_options.MaxFileBytes > Array.MaxLength) throw new ArgumentOutOfRangeException(nameof(options), "MaxFileBytes is too large.");
    }

    public DocumentReaderOptions Options => _options;

    /// <summary>Reads <paramref name="path"/>; the id is the one a scan gives a file alone (<see cref="CorpusScanner.IdOf"/>).</summary>
    public ReadResult Read(string path) => Read(path, CorpusScanner.IdOf(path));

    public ReadResult Read(string path, string id)
    {
        if (RawPaths.TryOpenRegular(path, out long size) is { } handle)
        {
            try
            {
                using (handle)
                {
                    if (size >= 0) return ReadRegular(handle, size, path, id);
                    using var file = new FileStream(handle, FileAccess.Read, bufferSize: 1);
                    return Read(file, path, id);
                }
            }
            catch (IOException e) { return Fail(path, $"cannot read file: {e.Message}"); }
            catch (UnauthorizedAccessException e) { return Fail(path, $"cannot read file: access denied ({e.Message})"); }
        }
        var kind = FileKinds.Of(path);
        if (kind == FileKind.Directory) return Fail(path, "is a folder, not a file");
        if (kind != FileKind.Missing && FileKinds.NotRegular(kind) is { } why) return Fail(path, why);
        try
        {
            using var stream = RawPaths.OpenRead(path);
            return Read(stream, path, id);
        }
        catch (FileNotFoundException) { return Fail(path, "file not found"); }
        catch (DirectoryNotFoundException) { return Fail(path, "file not found (missing folder)"); }
        catch (UnauthorizedAccessException e) { return Fail(path, $"cannot read file: access denied ({e.Message})"); }
        catch (IOException e) { return Fail(path, $"cannot read file: {e.Message}"); }
    }

    /// <summary>
    /// Reads a regular file opened through libc whose size its kind test told: what <see cref="Read(Stream, string, string)"/>
    /// does for a seekable stream, with positioned reads on the handle (a file read whole in one call, usually).
    /// </summary>
    private ReadResult ReadRegular(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long size, string path, string id)
    {
        if (size > _options.MaxFileBytes) return TooLarge(path, size);
        var bytes = ArrayPool<byte>.Shared.Rent((int)size); // only read from: back to the pool once decoded
        try
        {
            int length = 0;
            while (length < size)
            {
                int n = RawPaths.ReadAt(handle, bytes.AsSpan(length, (int)size - length), length, path);
                if (n == 0) break;
                length += n;
            }
            return Read(bytes.AsSpan(0, length), path, id);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Reads a stream (seekable streams are size-checked before reading; others are read up to the limit).</summary>
    public ReadResult Read(Stream stream, string path, string id)
    {
        byte[] bytes;
        byte[]? rented = null; // the file's bytes are only read from: the buffer goes back to the pool once decoded
        int length;
        try
        {
            if (stream.CanSeek)
            {
                var size = stream.Length - stream.Position;
                if (size > _options.MaxFileBytes) return TooLarge(path, size);
                bytes = rented = ArrayPool<byte>.Shared.Rent((int)size);
                length = 0;
                while (length < size)
                {
                    var n = stream.Read(bytes, length, (int)size - length);
                    if (n == 0) break;
                    length += n;
                }
            }
            else
            {
                using var buffer = new MemoryStream();
                var chunk = new byte[81920];
                int n;
                while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
                {
                    buffer.Write(chunk, 0, n);
                    if (buffer.Length > _options.MaxFileBytes) return TooLarge(path, buffer.Length, atLeast: true);
                }
                bytes = buffer.GetBuffer();
                length = (int)buffer.Length;
            }
        }
        catch (IOException e)
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
            return Fail(path, $"cannot read file: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
            return Fail(path, $"cannot read file: access denied ({e.Message})");
        }
        try
        {
            return Read(bytes.AsSpan(0, length), path, id);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public ReadResult Read(ReadOnlySpan<byte> bytes, string path, string id)
    {
        if (bytes.Length > _options.MaxFileBytes) return TooLarge(path, bytes.Length);
        if (bytes.IsEmpty) return Fail(path, "empty file");

        // captions, web pages, Whisper JSON and PDF are turned into text first (Formats/); .txt and .md are text
        var format = DocumentFormats.For(path);
        if (format is { ReadsBytes: true }) return ReadFormatted(format.FromBytes(bytes), path, id, []);

        // Cheap pre-check on bytes so a huge single-line file is rejected before it is decoded:
        // a UTF-8 or 1252 line of b bytes has at least b/3 UTF-16 chars.
        // (no line can be too long when the whole file is short enough; a format's lines are checked once made:
        // a web page may well be one long line)
        if (format is null && _options.OverlongLines == OverlongLinePolicy.Reject && bytes.Length / 3 > _options.MaxLineChars && !LooksUtf16(bytes))
        {
            var (lineNo, lineBytes) = LongestByteLine(bytes);
            if (lineBytes / 3 > _options.MaxLineChars)
                return Fail(path, $"line {lineNo} of {lineBytes:N0} bytes exceeds the {Limit(_options.MaxLineChars)} line limit");
        }

        var decoded = TextDecoder.Decode(bytes);
        if (!decoded.Succeeded) return Fail(path, decoded.Problem!, decoded.Warnings);
        if (format is not null) return ReadFormatted(format.FromText(decoded.Text!), path, id, decoded.Warnings);
        var text = decoded.Text!;
        if (text.AsSpan().IsWhiteSpace()) return Fail(path, text.Length == 0 ? "empty file" : "empty file (only whitespace)", decoded.Warnings);

        var warnings = new List<string>(decoded.Warnings);
        bool markdown = Path.GetExtension(path).Equals(".md", StringComparison.OrdinalIgnoreCase);
        var lines = BuildLines(text, warnings, out var content, out var problem, markdown);
        if (problem is not null) return Fail(path, problem, warnings);

        // plain UTF-8 decoded without changes: the text's UTF-8 bytes are the file's, so hash those directly
        bool unchanged = decoded.Encoding == "UTF-8" && decoded.RepairedPlaces == 0 && bytes.IndexOf((byte)'\r') < 0;
        var hash = Convert.ToHexStringLower(unchanged ? SHA256.HashData(bytes) : SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return ReadResult.Success(new Document(id, path, text, content!, lines, hash), warnings);
    }

    /// <summary>The lines of the text a format made, read like any text file's.</summary>
    private ReadResult ReadFormatted(FormatText formatted, string path, string id, IReadOnlyList<string> decodingWarnings)
    {
        if (formatted.Text is not { } text)
            return ReadResult.Failure(new ReadProblem(path, formatted.Problem!, formatted.Severity), decodingWarnings);
        if (text.AsSpan().IsWhiteSpace()) return Fail(path, "no text", decodingWarnings);
        var warnings = new List<string>(decodingWarnings);
        var lines = BuildLines(text, warnings, out var content, out var problem);
        if (problem is not null) return Fail(path, problem, warnings);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return ReadResult.Success(new Document(id, path, text, content!, lines, hash), warnings);
    }

    // (UTF-32 LE's byte-order mark starts with UTF-16 LE's; UTF-32 BE's is checked on its own)
    private static bool LooksUtf16(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);

    private static (int LineNumber, int Bytes) LongestByteLine(ReadOnlySpan<byte> bytes)
    {
        int best = 0, bestLine = 1, line = 1;
        while (true)
        {
            var nl = bytes.IndexOfAny((byte)'\n', (byte)'\r');
            var len = nl < 0 ? bytes.Length : nl;
            if (len > best) { best = len; bestLine = line; }
            if (nl < 0) break;
            if (bytes[nl] == '\r' && nl + 1 < bytes.Length && bytes[nl + 1] == '\n') nl++;
            bytes = bytes[(nl + 1)..];
            line++;
        }
        return (bestLine, best);
    }

    private readonly record struct RawLine(int Start, int Length, SpeakerLabel? Label);

    [ThreadStatic] private static List<RawLine>? t_raw;
    [ThreadStatic] private static HashSet<string>? t_names;

    /// <param name="markdown">The text is a markdown file's: its code, HTML blocks and link definitions are not read (<see cref="MarkdownBlocks"/>).</param>
    private List<DocumentLine> BuildLines(string text, List<string> warnings, out string? content, out string? problem, bool markdown = false)
    {
        content = null;
        problem = null;
        var notProse = markdown ? MarkdownBlocks.NonProseLines(text, LineStarts(text)) : null;

        // Pass 1: split, check lengths, find candidate labels.
        // (the line list and the label names are the thread's, reused document after document: a transcript labels every
        // line, and its speakers' names are made once each instead of once a line)
        var raw = t_raw ??= [];
        raw.Clear();
        var names = t_names ??= new HashSet<string>(StringComparer.Ordinal);
        names.Clear();
        var candidateCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        int nonBlank = 0, labelled = 0, headings = 0;
        var skipped = new List<int>();
        var pos = 0;
        while (pos <= text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var end = nl < 0 ? text.Length : nl;
            if (nl < 0 && pos == text.Length && raw.Count > 0) break; // text ends with "\n": no empty last line
            var span = text.AsSpan(pos, end - pos);
            SpeakerLabel? label = null;
            if (span.Length > _options.MaxLineChars)
            {
                var msg = $"line {raw.Count + 1} of {span.Length:N0} characters exceeds the {Limit(_options.MaxLineChars)} line limit";
                if (_options.OverlongLines == OverlongLinePolicy.Reject) { problem = msg; return []; }
                warnings.Add(msg + "; its content was skipped");
                skipped.Add(raw.Count);
            }
            else if (notProse is not null && raw.Count < notProse.Length && notProse[raw.Count]) skipped.Add(raw.Count);
            else if (!span.IsWhiteSpace())
            {
                nonBlank++;
                if (span.TrimStart().StartsWith('#')) headings++;
                if (SpeakerLabelParser.TryParse(span, names, out var l))
                {
                    label = l;
                    labelled++;
                    candidateCounts[l.Name] = candidateCounts.GetValueOrDefault(l.Name) + 1;
                }
            }
            raw.Add(new RawLine(pos, end - pos, label));
            if (nl < 0) break;
            pos = nl + 1;
        }

        // A candidate label is a speaker if the name labels two or more lines, carries a timestamp, or the document
        // is a dialogue (two recurring names: a guest who speaks once is accepted too). This keeps a lone "OpenAI: ..."
        // line in a newsletter from turning "OpenAI" into a speaker (and blanking it out of Content).
        // A name used once in a dense exchange (at least half the lines labelled; in a markdown document with headings,
        // only once some name recurs) is a speaker only if it is shaped like a person's name and its line is not a
        // title: "SparseMorph: Efficient Shape Editing" above an abstract's paragraph names a paper, not who speaks.
        var recurring = candidateCounts.Values.Count(c => c >= 2);
        var dense = labelled * 2 >= nonBlank && labelled > 0 && (headings == 0 || recurring > 0);
        var dialogue = recurring >= 2;
        bool Accept(SpeakerLabel l, int line) => l.HasTimestamp || dialogue || candidateCounts[l.Name] >= 2
            || (dense && SpeakerLabelParser.IsPersonName(l.Name) && !IsTitleLine(text, raw, line));

        // Pass 2: content and line records, the content written straight into its string (no char[] copy first)
        var lines = new List<DocumentLine>(raw.Count);
        content = string.Create(text.Length, (Text: text, Raw: raw, Skipped: skipped, Lines: lines, Accept: (Func<SpeakerLabel, int, bool>)Accept),
            static (chars, s) => FillContent(chars, s.Text, s.Raw, s.Skipped, s.Lines, s.Accept));
        return lines;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
        return starts;
    }

    /// <summary>Copies the text into <paramref name="chars"/>, blanks labels and markup out of it, and records each line.</summary>
    private static void FillContent(Span<char> chars, string text, List<RawLine> raw, List<int> skipped, List<DocumentLine> lines,
        Func<SpeakerLabel, int, bool> accept)
    {
        text.AsSpan().CopyTo(chars);
        string? current = null;
        var skipIndex = 0;
        for (var i = 0; i < raw.Count; i++)
        {
            var r = raw[i];
            var line = chars.Slice(r.Start, r.Length);
            if (skipIndex < skipped.Count && skipped[skipIndex] == i)
            {
                skipIndex++;
                line.Fill(' ');
                lines.Add(new DocumentLine(i + 1, r.Start, r.Length, r.Start, 0, null));
                continue;
            }
            string? speaker = null;
            var offset = 0;
            if (r.Label is { } l && accept(l, i))
            {
                speaker = l.Name;
                current = speaker;
                offset = l.ContentOffset;
                line[..offset].Fill(' ');
            }
            var heading = ContentCleaner.CleanLine(line, offset);
            if (speaker is null && !heading && !line.IsWhiteSpace())
                speaker = current; // continuation paragraph of the last speaker (null before any label)
            lines.Add(new DocumentLine(i + 1, r.Start, r.Length, r.Start + offset, r.Length - offset, speaker));
        }
    }

    /// <summary>
    /// A labelled line that reads as a title: what follows the label opens with a capital, does not end a sentence,
    /// and a paragraph without a label comes after it ("Name: A Subtitle" over an abstract).
    /// </summary>
    private static bool IsTitleLine(string text, List<RawLine> raw, int index)
    {
        var r = raw[index];
        var said = text.AsSpan(r.Start + r.Label!.Value.ContentOffset, r.Length - r.Label.Value.ContentOffset).TrimEnd();
        if (said.IsEmpty || !char.IsUpper(said[0])) return false;
        if (said[^1] is '.' or '!' or '?' or '\u2026' or '"' or '\u201D' or ')') return false;
        for (var j = index + 1; j < raw.Count; j++)
        {
            var next = text.AsSpan(raw[j].Start, raw[j].Length);
            if (next.IsWhiteSpace()) continue;
            return raw[j].Label is null && !next.TrimStart().StartsWith('#');
        }
        return false;
    }

    private static string Limit(long chars) => chars % DocumentReaderOptions.MB == 0
        ? $"{chars / DocumentReaderOptions.MB} MB"
        : $"{chars:N0}-character";

    private ReadResult TooLarge(string path, long size, bool atLeast = false) =>
        Fail(path, $"file too large ({(atLeast ? "over " : "")}{Mb(size)} MB > {Mb(_options.MaxFileBytes)} MB limit)");

    private static string Mb(long bytes) => (bytes / (double)DocumentReaderOptions.MB).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static ReadResult Fail(string path, string message, IReadOnlyList<string>? warnings = null) =>
        ReadResult.Failure(new ReadProblem(path, message), warnings);
}
