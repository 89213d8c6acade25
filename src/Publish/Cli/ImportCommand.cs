using System.CommandLine;
using Publish.Import;

namespace Publish.Cli;

/// <summary><c>publish import RAW --as SLUG [--kind …] [--force]</c>: raw text → cleaned source folder.</summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var raw = new Argument<string>("raw") { Description = "The raw text as received" };
        var slug = new Option<string>("--as") { Description = "Slug of the new pamphlet folder", Required = true };
        var kind = new Option<string>("--kind") { Description = "auto, ocr, wiki, library, mail or article", DefaultValueFactory = _ => "auto" };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing pamphlet folder" };
        var command = new Command("import", "Clean a raw text (OCR scan, wiki export, library export, mail, article) into sources/.") { raw, slug, kind, force };
        command.SetAction(parsed => Run(parsed.GetValue(raw)!, parsed.GetValue(slug)!, parsed.GetValue(kind)!, parsed.GetValue(force), output, error));
        return command;
    }

    public static int Run(string raw, string slug, string kindName, bool force, TextWriter output, TextWriter error)
    {
        if (!Enum.TryParse<ImportKind>(kindName, ignoreCase: true, out var kind))
        {
            error.WriteLine($"publish: error PUB9001: unknown kind '{kindName}' (auto, ocr, wiki, library, mail, article)");
            return PublishCommandLine.Usage;
        }
        var sources = Pipeline.Workspace.Find().Sources;
        var result = Importer.Import(raw, slug, kind, sources, force);
        // Errors and warnings, and the notes a user must know before proofreading: the encoding
        // was converted, or the English word-list repairs were skipped for another language.
        DiagnosticPrinter.Print(result.Report.Where(d => d.Severity != Diagnostics.Severity.Note
            || d.Code == Diagnostics.Codes.ImportEncodingConverted || d.Code == Diagnostics.Codes.ImportNotEnglish), error);
        if (result.Failed) return PublishCommandLine.Failed;
        int notes = result.Report.Count(d => d.Severity == Diagnostics.Severity.Note);
        output.WriteLine($"Imported {raw} as {result.DetectedKind} into {DiagnosticPrinter.Relative(result.OutputDir)}; " +
                         $"{notes} places to proofread are listed in {DiagnosticPrinter.Relative(Path.Combine(result.OutputDir, Importer.ReportFile))}");
        return PublishCommandLine.Success;
    }
}
