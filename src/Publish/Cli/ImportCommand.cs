using System.CommandLine;

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
        command.SetAction(parsed =>
        {
            error.WriteLine("publish: error PUB9001: import is not available in this build yet");
            return PublishCommandLine.Usage;
        });
        return command;
    }
}
