using Publish.Diagnostics;
using Publish.Styling;
using Publish.Typesetting.Composition;
using Publish.Typesetting.Pagination;
using Publish.Typesetting.Text;

namespace Publish.Pipeline;

/// <summary>
/// Readies typesetting on a spare core while the Markdown is still being read: from the front
/// matter alone it finds the language and the theme, loads the hyphenation patterns and the
/// theme's fonts (each parsed once per process), and sets a short sample paragraph, so the
/// setting code runs for the first time here rather than on the build's critical path. It uses
/// a theme loader of its own and throws its diagnostics away: the build itself reads, loads and
/// reports everything as it always does, and nothing of the warm-up reaches an output.
/// </summary>
internal static class TypesetWarmUp
{
    /// <summary>Words with ligatures, hyphenation points, capitals, figures and punctuation.</summary>
    private const string Sample =
        "The first official conference of the unions, held in the spring of 1921, affirmed that the " +
        "workers\u2019 organisations should manage production themselves; \u2018efficiency\u2019 and " +
        "\u2018responsibility\u2019 were to be reflected in a centralised, collective administration.";

    private static int _started;

    /// <summary>Starts the warm-up for the pamphlet in <paramref name="pamphletDir"/>, once per process (later pamphlets find the code ready).</summary>
    public static void Start(string pamphletDir, BuildServices services)
    {
        if (Interlocked.Exchange(ref _started, 1) == 0) Task.Run(() => WarmUp(pamphletDir, services));
    }

    private static void WarmUp(string pamphletDir, BuildServices services)
    {
        try
        {
            var meta = SeriesCatalogue.ReadFrontMatter(pamphletDir);
            if (meta is null) return;
            var themeName = services.ThemeOverride ?? (meta.Theme is { Length: > 0 } named ? named : "default");
            var theme = new ThemeLoader(services.Workspace.Styles).Load(themeName, new DiagnosticBag());
            if (theme is null) return;
            var typesetting = services.Typesetting;
            var context = new TypesetContext(theme, new FontSelector(theme, typesetting.Fonts), typesetting.Hyphenators.For(meta.Lang),
                new KnuthPlassLineBreaker(Typesetter.BreakSettings(theme, justify: true)),
                new KnuthPlassLineBreaker(Typesetter.BreakSettings(theme, justify: false)));
            context.Set([new StyledSpan(Sample, context.Body), new StyledSpan(" " + Sample, context.Body with { Italic = true })],
                new ParagraphFormat(context.Measure, context.Leading, FirstIndent: theme.BodySize), 1);
            context.Set([new StyledSpan(Sample, context.NoteText with { Bold = true })],
                new ParagraphFormat(context.Measure, theme.NoteLeading, Alignment.Left), 1);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever is wrong, the build finds and reports it itself.
        }
    }
}
