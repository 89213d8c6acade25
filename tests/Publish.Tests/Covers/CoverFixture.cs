using Publish.Diagnostics;
using Publish.Model;
using Publish.Styling;
using Publish.Tests.Support;
using Publish.Typesetting.Fonts;

namespace Publish.Tests.Covers;

/// <summary>Themes, fonts and sample pamphlet metadata for the cover tests.</summary>
internal static class CoverFixture
{
    public static FontLibrary Fonts { get; } = FontLibrary.Default(Path.Combine(TestPaths.Styles, "fonts"));

    /// <summary>A theme from styles/ (default, duplicator, zine).</summary>
    public static Theme Theme(string name = "default") =>
        new ThemeLoader(TestPaths.Styles).Load(name, new DiagnosticBag()) ?? throw new InvalidOperationException($"theme {name} did not load");

    /// <summary>The default theme with the other cover template.</summary>
    public static Theme TypeTheme => Theme() with { CoverTemplate = "type", CoverColour = new(0x1d, 0x35, 0x57) };

    public static Metadata WorkersOpposition => new()
    {
        Title = "The Workers’ Opposition",
        Contributors = [new Contributor("Alexandra Kollontai", "aut")],
        Date = "1921",
        Publisher = "Solidarity",
        Series = "Solidarity pamphlets",
        SeriesNumber = "7",
        Description = "Written in 1921 for the Tenth Congress of the Russian Communist Party, Kollontai’s pamphlet sets out the programme of the Workers’ Opposition: the unions, not the state’s appointed managers, should run industry. Suppressed within weeks, it remains one of the clearest statements of the case for workers’ self-management.",
        Source = new SourceReference("The Workers’ Opposition, Solidarity edition", "https://www.marxists.org/archive/kollonta/1921/workers-opposition/"),
    };

    public static Metadata ForWorkersPower => new()
    {
        Title = "For Workers’ Power",
        Contributors = [new Contributor("Chris Pallis", "aut")],
        Date = "1965",
        Publisher = "Solidarity",
        Description = "A 1965 leaflet by Chris Pallis, published by Solidarity. A short critique of the nature of capitalism and of the failure of the trade unions, and a call to working-class action.",
        Source = new SourceReference("For Workers’ Power (marxists.org), via the Libertarian Socialist Wiki", "https://www.marxists.org/archive/brinton/1965/06/workers-power.htm"),
    };

    public static Metadata OutOrganised => new()
    {
        Title = "We Are Not Outnumbered, We Are Out-Organised",
        Subtitle = "Chile 1973 and why we need a revolutionary socialist party",
        Contributors = [new Contributor("Kevin Henry", "aut")],
        Date = "2023",
        Publisher = "Socialist Party",
        Description = "Written for the 50th anniversary of Pinochet’s US-backed coup against Salvador Allende’s government in Chile on 11 September 1973. Drawing on Chile, Iran and the Russian revolution of 1917, it argues that the main lessons are the limits of reformism and the need for a revolutionary party, and that such a party has to be built now, before the struggle, not improvised in it.",
        Source = new SourceReference("Socialist Party (Northern Ireland), web article", "https://www.socialistpartyni.org/theory/we-are-not-outnumbered/"),
    };

    public static IEnumerable<(string Name, Metadata Meta)> Samples =>
    [
        ("workers-opposition", WorkersOpposition),
        ("for-workers-power", ForWorkersPower),
        ("out-organised", OutOrganised),
    ];
}
