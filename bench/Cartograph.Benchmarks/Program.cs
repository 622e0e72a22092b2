using System.Diagnostics;
using BenchmarkDotNet.Running;
using Cartograph.Benchmarks;
using Cartograph.Lexicons;

// generate --out <dir> --size <10MB|100MB|1GB> [--seed N]
// bdn [BenchmarkDotNet args, e.g. --filter '*']
// stages  : one quick, non-BDN pass of every stage over the 1 MB corpus (sanity check, prints MB/s)
// density <seeds dir> [--size 2MB] [--seed N] : what the graph holds per MB of text, seeds beside a generated corpus
// writers --nodes N --edges M --out <dir> [--seed N] [--repeat R] [--report FILE] : times each writer on a synthetic graph
// floor <corpus dir> [--partial FILE] : CPU seconds of reading, tokenizing and extracting it on one thread (bench/floor.sh)
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("usage: generate --out <dir> --size <10MB|100MB|1GB> [--seed N]\n       bdn [--filter '*' ...]\n       stages\n       density <seeds dir> [--size 2MB] [--seed N]\n       writers --nodes 1000000 --edges 5000000 --out <dir> [--seed N] [--repeat R] [--report FILE]\n       floor <corpus dir> [--partial graph.partial.jsonl]");
    return args.Length == 0 ? 2 : 0;
}

switch (args[0])
{
    case "generate":
        return Generate(args[1..]);
    case "bdn":
        BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args[1..]);
        return 0;
    case "stages":
        return Stages();
    case "writers":
        return WritersBenchmark.Run(args[1..]);
    case "density":
        return CorpusDensity.Run(args[1..]);
    case "floor":
        return CpuFloor.Run(args[1..]);
    default:
        Console.Error.WriteLine($"unknown command '{args[0]}'");
        return 2;
}

static int Generate(string[] args)
{
    string? outDir = null;
    string size = "10MB";
    int seed = 1;
    for (int i = 0; i < args.Length; i++)
    {
        switch (args[i])
        {
            case "--out" or "-o" when i + 1 < args.Length: outDir = args[++i]; break;
            case "--size" when i + 1 < args.Length: size = args[++i]; break;
            case "--seed" when i + 1 < args.Length: seed = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
            default: Console.Error.WriteLine($"unexpected argument '{args[i]}'"); return 2;
        }
    }
    if (outDir is null) { Console.Error.WriteLine("--out is required"); return 2; }
    long bytes;
    try { bytes = CorpusGenerator.ParseSize(size); }
    catch (FormatException e) { Console.Error.WriteLine(e.Message); return 2; }
    var clock = Stopwatch.StartNew();
    var (files, written) = new CorpusGenerator(Lexicon.Default, seed).WriteCorpus(outDir, bytes);
    Console.WriteLine($"wrote {files:N0} files, {written:N0} bytes ({written / 1048576.0:N1} MiB) to {outDir} in {clock.Elapsed.TotalSeconds:N1}s (seed {seed})");
    return 0;
}

static int Stages()
{
    var b = new StageBenchmarks();
    b.Setup();
    double mb = StageBenchmarks.CorpusBytes / 1048576.0;
    Console.WriteLine($"corpus: {StageBenchmarks.Corpus.Count} docs, {mb:N2} MiB");
    (string, Action)[] stages =
    [
        ("read+decode", () => b.Read()), ("extract", () => b.Extract()), ("resolve", () => b.Resolve()),
        ("write graphml", b.WriteGraphMl), ("write dot", b.WriteDot), ("write json", b.WriteJson),
    ];
    foreach (var (name, run) in stages)
    {
        run();
        var clock = Stopwatch.StartNew();
        int n = 0;
        while (clock.Elapsed.TotalSeconds < 2 || n < 3) { run(); n++; }
        double s = clock.Elapsed.TotalSeconds / n;
        Console.WriteLine($"{name,-14} {s * 1000,9:N1} ms  {mb / s,9:N1} MB/s  ({n} runs)");
    }
    return 0;
}
