using System.CommandLine;
using Cartograph.Extraction;
using Cartograph.Graph;
using Cartograph.Lexicons;
using Cartograph.Reading;

namespace Cartograph.Cli;

/// <summary>
/// <c>explain &lt;input&gt;... [--about NAME]</c>: extracts each document and prints every relation it states with the
/// rule (or the attribution model) that read it and the sentence it was read from, so a wrong edge leads to the rule to
/// fix. Relations made across documents when the graph is resolved are not shown: they belong to no one document.
/// </summary>
public static class ExplainCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var about = new Option<string>("--about") { Description = "Only the relations of the entity with this label or alias (case does not matter)." };
        var skipMissing = CommonOptions.SkipMissing();
        var command = new Command("explain", "Print each document's relations with the rule that made them and the sentence they were read from.")
        {
            inputs, about, skipMissing,
        };
        command.SetAction(parse =>
        {
            var console = new ConsoleReport(quiet: false);
            var paths = InputPaths.Existing(parse.GetValue(inputs) ?? [], parse.GetValue(skipMissing), console, "explain");
            return paths is null ? ExitCodes.UsageError : Run(console, paths, parse.GetValue(about));
        });
        return command;
    }

    private static int Run(ConsoleReport console, string[] inputs, string? about)
    {
        var scan = CorpusScanner.Scan(inputs);
        foreach (var problem in scan.Problems) console.Warning(problem.ToString());
        var reader = new DocumentReader();
        var extractor = new DocumentExtractor(Lexicon.Default);
        int read = 0;
        foreach (var file in scan.Entries)
        {
            var result = reader.Read(file.Path, file.Id);
            if (result.Document is null)
            {
                console.Warning(result.Problem?.ToString() ?? $"{file.Path}: not read");
                continue;
            }
            read++;
            Print(extractor.Extract(result.Document), about, console.Line);
        }
        if (read == 0)
        {
            console.Error("no document could be read: nothing to explain.");
            return ExitCodes.NothingToBuild;
        }
        return ExitCodes.Success;
    }

    private static void Print(DocumentExtraction x, string? about, Action<string> line)
    {
        bool header = false;
        foreach (var r in x.Relations)
        {
            var source = x.Entities[r.Source];
            var target = x.Entities[r.Target];
            if (about is not null && !Names(source, about) && !Names(target, about)) continue;
            if (!header)
            {
                line(x.DocumentId);
                header = true;
            }
            var sentence = x.Sentences[r.Sentence];
            line($"  {source.Label} ({source.Type.Name()}) -{r.Relation.Name()}-> {target.Label} ({target.Type.Name()})  [{r.Origin.Names(", ")}]");
            line($"      line {sentence.Line}{(sentence.Speaker is null ? "" : ", " + sentence.Speaker)}: \"{sentence.Quote}\"");
        }
    }

    private static bool Names(ExtractedEntity entity, string name)
    {
        if (entity.Label.Equals(name, StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var alias in entity.Aliases)
            if (alias.Equals(name, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
