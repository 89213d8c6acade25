using System.CommandLine;

namespace Publish.Cli;

/// <summary>
/// The <c>publish</c> command line: parses arguments and dispatches to one class per command.
/// Exit codes: 0 success, 1 a pamphlet failed, 2 bad usage.
/// </summary>
internal static class PublishCommandLine
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Publish: pamphlet sources to EPUB 3, PDF, print-ready booklets and covers.");
        root.Subcommands.Add(BuildCommand.Create(output, error));
        root.Subcommands.Add(CheckCommand.Create(output, error));
        root.Subcommands.Add(NewCommand.Create(output, error));
        root.Subcommands.Add(ImportCommand.Create(output, error));
        root.Subcommands.Add(CatalogueCommand.Create(output, error));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors) error.WriteLine($"publish: error PUB9001: {problem.Message}");
            error.WriteLine("Run 'publish --help' for usage.");
            return Usage;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
