using System.Diagnostics;
using System.Globalization;
using Cartograph.Extraction;
using Cartograph.Extraction.Text;
using Cartograph.Lexicons;
using Cartograph.Partials;
using Cartograph.Reading;

namespace Cartograph.Benchmarks;

/// <summary>
/// What a build of a corpus costs before any rule runs: the CPU seconds, on one thread, of reading and decoding
/// every file, of that plus splitting and tokenizing it, and of the whole extraction; and of parsing a partial
/// graph (which <c>merge</c> pays and <c>build</c> does not). <c>bench/floor.sh</c> sets these beside the CPU of
/// resolving and writing the graph, to bound what any extractor could reach on this machine.
/// </summary>
internal static class CpuFloor
{
    public static int Run(string[] args)
    {
        string? corpus = null, partial = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--partial" && i + 1 < args.Length) partial = args[++i];
            else corpus ??= args[i];
        }
        if (corpus is null || !Directory.Exists(corpus))
        {
            Console.Error.WriteLine("usage: floor <corpus dir> [--partial graph.partial.jsonl]");
            return 2;
        }
        // the files a build of the folder reads, in its order
        var files = CorpusScanner.Scan([corpus]).Files;
        var reader = new DocumentReader();
        var extractor = new DocumentExtractor(Lexicon.Default);
        var sentences = new List<Sentence>();
        var tokens = new List<Token>();
        long bytes = files.Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"{files.Count:N0} files, {bytes / 1048576.0:N1} MiB; CPU seconds on one thread (the better of two runs):");

        Measure("read + decode", () => { foreach (var f in files) reader.Read(f); });
        Measure("read + decode + split + tokenize", () =>
        {
            foreach (var f in files)
            {
                if (reader.Read(f).Document is not { } doc) continue;
                SentenceSplitter.Split(doc, sentences);
                foreach (var s in sentences) Tokenizer.Tokenize(doc.Content, s.Start, s.End, tokens);
                sentences.Clear();
            }
        });
        Measure("read + decode + extract", () =>
        {
            foreach (var f in files)
                if (reader.Read(f).Document is { } doc) extractor.Extract(doc);
        });
        if (partial is not null)
        {
            Measure("parse the partial graph", () =>
            {
                using var r = new PartialReader(partial);
                while (r.Next() is not null) { }
            });
        }
        return 0;
    }

    /// <summary>The better of two runs: the first also pays the JIT for its code.</summary>
    private static void Measure(string what, Action run)
    {
        double seconds = Math.Min(Cpu(run), Cpu(run));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-34} {seconds,7:F2}"));
    }

    private static double Cpu(Action run)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        run();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalSeconds;
    }
}
