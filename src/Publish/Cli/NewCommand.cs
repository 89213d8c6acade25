using System.CommandLine;
using System.Text.RegularExpressions;
using Publish.Pipeline;

namespace Publish.Cli;

/// <summary><c>publish new SLUG</c>: scaffolds <c>sources/SLUG/pamphlet.md</c> with front matter to fill in.</summary>
internal static partial class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var slug = new Argument<string>("slug") { Description = "Folder name: lower-case letters, digits and hyphens" };
        var command = new Command("new", "Create a new pamphlet folder in sources/.") { slug };
        command.SetAction(parsed => Run(parsed.GetValue(slug)!, output, error));
        return command;
    }

    public static int Run(string slug, TextWriter output, TextWriter error)
    {
        if (!SlugPattern().IsMatch(slug))
        {
            error.WriteLine($"publish: error PUB9001: '{slug}' is not a valid slug (use lower-case letters, digits and hyphens)");
            return PublishCommandLine.Usage;
        }
        var dir = Path.Combine(Workspace.Find().Sources, slug);
        var file = Path.Combine(dir, Reading.PamphletReader.FileName);
        if (File.Exists(file))
        {
            error.WriteLine($"{DiagnosticPrinter.Relative(file)}:1:1: error PUB9001: pamphlet '{slug}' already exists");
            return PublishCommandLine.Failed;
        }
        Directory.CreateDirectory(dir);
        File.WriteAllText(file, Template(slug));
        output.WriteLine($"Created {DiagnosticPrinter.Relative(file)}");
        return PublishCommandLine.Success;
    }

    private static string Template(string slug) => $"""
        ---
        title: {string.Join(' ', slug.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))}
        author: Unknown
        date: {DateTime.UtcNow.Year}
        lang: en-GB
        description: One or two sentences for the catalogue and the back cover.
        ---

        # First section

        The text starts here. Notes are written like this.[^1]

        [^1]: And defined like this.

        """;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugPattern();
}
