namespace Publish.Pipeline;

/// <summary>The outputs a build can make for each pamphlet.</summary>
[Flags]
internal enum OutputFormat
{
    None = 0,
    Epub = 1,
    Pdf = 2,
    Print = 4,
    Booklet = 8,
    Cover = 16,
    All = Epub | Pdf | Print | Booklet | Cover,
}

internal static class OutputFormats
{
    /// <summary>Parses "epub,pdf"; returns null and the offending name when one is unknown.</summary>
    public static (OutputFormat Formats, string? Unknown) Parse(string? list)
    {
        if (string.IsNullOrWhiteSpace(list) || list == "all") return (OutputFormat.All, null);
        var formats = OutputFormat.None;
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<OutputFormat>(name, ignoreCase: true, out var format) || format is OutputFormat.None or OutputFormat.All)
                return (OutputFormat.None, name);
            formats |= format;
        }
        return (formats, null);
    }
}
