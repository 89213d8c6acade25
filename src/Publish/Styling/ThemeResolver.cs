using System.Text.RegularExpressions;
using Publish.Diagnostics;
using Publish.Typesetting.Frames;

namespace Publish.Styling;

/// <summary>
/// Turns a theme's merged key/value pairs into a <see cref="Theme"/>: checks every key against
/// the schema, converts lengths (em = body size) and colours, and checks font files are TrueType.
/// </summary>
internal sealed partial class ThemeResolver(string name, string fontsDir, DiagnosticBag diagnostics)
{
    private static readonly string[] Families = ["body", "headings", "notes", "cover"];
    private static readonly string[] FontKeys = ["name", "regular", "italic", "bold", "bold-italic"];
    private static readonly string[] HeadingKeys = ["size", "space-before", "space-after", "bold", "italic", "small-caps", "align"];

    private static readonly HashSet<string> Schema =
    [
        "name", "description", "size", "leading", "running-heads", "sections", "imprint", "colophon", "paper-thickness",
        "page.width", "page.height", "page.top", "page.bottom", "page.inner", "page.outer", "page.bleed",
        "notes.size", "notes.leading",
        "paragraph.indent", "paragraph.spacing", "paragraph.justify", "paragraph.hyphenate", "paragraph.hyphenate-capitalised",
        "colours.text", "colours.headings", "colours.accent", "colours.links",
        "cover.template", "cover.colour",
        "print.padding", "print.colophon-last",
        .. Families.SelectMany(f => FontKeys.Select(k => $"fonts.{f}.{k}")),
        .. HeadingKeys.Select(k => $"headings[].{k}"),
    ];

    private Dictionary<string, ThemeValue> _values = [];
    private double _em;

    public Theme? Resolve(Dictionary<string, ThemeValue> values)
    {
        _values = values;
        foreach (var (key, value) in values)
            if (!Schema.Contains(IndexPattern().Replace(key, "[]")))
                diagnostics.Error(Codes.ThemeUnknownKey, value.Path, value.Line, value.Column, $"unknown theme key '{key}'");

        var defaults = new Theme { Name = name };
        _em = Points("size", null) ?? defaults.BodySize;
        var page = defaults.Page;
        var headingCount = values.Keys.Where(k => k.StartsWith("headings[")).Select(k => int.Parse(IndexPattern().Match(k).Groups[1].Value) + 1).DefaultIfEmpty(0).Max();
        var headings = Enumerable.Range(0, Math.Max(headingCount, defaults.HeadingLevels.Count)).Select(i =>
        {
            var d = defaults.HeadingLevels[Math.Min(i, defaults.HeadingLevels.Count - 1)];
            var p = $"headings[{i}].";
            return new HeadingStyle(Points(p + "size", null) ?? d.Size, Points(p + "space-before", null) ?? d.SpaceBefore,
                Points(p + "space-after", null) ?? d.SpaceAfter, Bool(p + "bold") ?? d.Bold, Bool(p + "italic") ?? d.Italic,
                Bool(p + "small-caps") ?? d.SmallCaps, Text(p + "align") ?? d.Align);
        }).ToList();

        var theme = defaults with
        {
            Path = values.Values.FirstOrDefault()?.Path ?? "",
            BodySize = _em,
            Leading = Points("leading", null) ?? _em * 4 / 3,
            NoteSize = Points("notes.size", null) ?? defaults.NoteSize,
            NoteLeading = Points("notes.leading", null) ?? defaults.NoteLeading,
            ParagraphIndent = Points("paragraph.indent", null) ?? defaults.ParagraphIndent,
            ParagraphSpacing = Points("paragraph.spacing", null) ?? defaults.ParagraphSpacing,
            Justify = Bool("paragraph.justify") ?? defaults.Justify,
            Hyphenate = Bool("paragraph.hyphenate") ?? defaults.Hyphenate,
            HyphenateCapitalised = Bool("paragraph.hyphenate-capitalised") ?? defaults.HyphenateCapitalised,
            Page = new PageStyle
            {
                Width = Points("page.width", null) ?? page.Width, Height = Points("page.height", null) ?? page.Height,
                Top = Points("page.top", null) ?? page.Top, Bottom = Points("page.bottom", null) ?? page.Bottom,
                Inner = Points("page.inner", null) ?? page.Inner, Outer = Points("page.outer", null) ?? page.Outer,
                Bleed = Points("page.bleed", null) ?? page.Bleed,
            },
            Body = Family("body", defaults.Body),
            Headings = Family("headings", Family("body", defaults.Headings)),
            Notes = Family("notes", Family("body", defaults.Notes)),
            Cover = Family("cover", Family("headings", defaults.Cover)),
            HeadingLevels = headings,
            TextColour = Colour("colours.text") ?? defaults.TextColour,
            HeadingColour = Colour("colours.headings") ?? defaults.HeadingColour,
            AccentColour = Colour("colours.accent") ?? defaults.AccentColour,
            LinkColour = Colour("colours.links") ?? defaults.LinkColour,
            RunningHeads = Bool("running-heads") ?? defaults.RunningHeads,
            Sections = Sections() ?? defaults.Sections,
            Imprint = Choice("imprint", Codes.ThemeBadImprint, [("title-page", ImprintPlacement.TitlePage), ("verso", ImprintPlacement.Verso)]) ?? defaults.Imprint,
            Colophon = Choice("colophon", Codes.ThemeBadColophon, [("foot", ColophonPlacement.Foot), ("page", ColophonPlacement.Page)]) ?? defaults.Colophon,
            CoverTemplate = Text("cover.template") ?? defaults.CoverTemplate,
            CoverColour = Colour("cover.colour") ?? defaults.CoverColour,
            PaperThickness = Points("paper-thickness", null) ?? 0,
            Padding = Padding() ?? defaults.Padding,
            ColophonLast = Bool("print.colophon-last") ?? defaults.ColophonLast,
        };
        return diagnostics.HasErrors ? null : theme;
    }

    private string? Text(string key) => _values.TryGetValue(key, out var v) ? v.Text : null;

    private PrintPadding? Padding()
    {
        if (!_values.TryGetValue("print.padding", out var v)) return null;
        if (Enum.TryParse<PrintPadding>(v.Text, ignoreCase: true, out var padding) && v.Text.All(char.IsAsciiLetterLower)) return padding;
        diagnostics.Error(Codes.PrintPaddingUnknown, v.Path, v.Line, v.Column, $"'print.padding: {v.Text}' is not one of blank, backlist, notes");
        return null;
    }

    private SectionOpening? Sections()
    {
        if (!_values.TryGetValue("sections", out var v)) return null;
        switch (v.Text)
        {
            case "new-page": return SectionOpening.NewPage;
            case "run-on": return SectionOpening.RunOn;
            default:
                diagnostics.Error(Codes.ThemeBadChoice, v.Path, v.Line, v.Column, $"'sections: {v.Text}' must be new-page or run-on");
                return null;
        }
    }

    /// <summary>The value of a key whose text must be one of <paramref name="choices"/> (null when absent or reported).</summary>
    private T? Choice<T>(string key, DiagnosticCode code, (string Text, T Value)[] choices) where T : struct
    {
        if (!_values.TryGetValue(key, out var v)) return null;
        foreach (var (text, value) in choices)
            if (v.Text == text) return value;
        var names = choices.Select(c => c.Text).ToList();
        diagnostics.Error(code, v.Path, v.Line, v.Column, $"'{key}: {v.Text}' must be {string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}");
        return null;
    }

    private double? Points(string key, double? fallback)
    {
        if (!_values.TryGetValue(key, out var v)) return fallback;
        var points = Length.ToPoints(v.Text, _em == 0 ? 10 : _em);
        if (points is null)
            diagnostics.Error(Codes.ThemeBadLength, v.Path, v.Line, v.Column, $"'{key}: {v.Text}' needs a unit (pt, mm, cm, in, em)");
        return points ?? fallback;
    }

    private bool? Bool(string key)
    {
        if (!_values.TryGetValue(key, out var v)) return null;
        if (bool.TryParse(v.Text, out var b)) return b;
        diagnostics.Error(Codes.ThemeUnknownKey, v.Path, v.Line, v.Column, $"'{key}' must be true or false");
        return null;
    }

    private Colour? Colour(string key)
    {
        if (!_values.TryGetValue(key, out var v)) return null;
        var colour = ColourParser.Parse(v.Text);
        if (colour is null) diagnostics.Error(Codes.ThemeBadColour, v.Path, v.Line, v.Column, $"'{v.Text}' is not a colour (#rgb or #rrggbb)");
        return colour;
    }

    private FontFamily Family(string role, FontFamily fallback)
    {
        var p = $"fonts.{role}.";
        if (!_values.Keys.Any(k => k.StartsWith(p))) return fallback;
        var family = new FontFamily(Text(p + "name") ?? fallback.Name, Font(p + "regular") ?? fallback.Regular,
            Font(p + "italic") ?? Font(p + "regular") ?? fallback.Italic, Font(p + "bold") ?? Font(p + "regular") ?? fallback.Bold,
            Font(p + "bold-italic") ?? Font(p + "bold") ?? Font(p + "regular") ?? fallback.BoldItalic);
        return family;
    }

    private readonly Dictionary<string, string?> _checkedFonts = [];

    private string? Font(string key)
    {
        if (!_values.TryGetValue(key, out var v)) return null;
        if (_checkedFonts.TryGetValue(key, out var known)) return known;
        return _checkedFonts[key] = CheckFont(key, v);
    }

    private string? CheckFont(string key, ThemeValue v)
    {
        var file = Path.Combine(fontsDir, v.Text);
        string? problem = null;
        if (!File.Exists(file)) problem = $"font file '{v.Text}' not found in {fontsDir}";
        else
        {
            Span<byte> head = stackalloc byte[4];
            using (var stream = File.OpenRead(file)) stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
            bool trueType = head.SequenceEqual(new byte[] { 0, 1, 0, 0 }) || head.SequenceEqual("true"u8);
            if (!trueType) problem = head.SequenceEqual("OTTO"u8)
                ? $"font '{v.Text}' has CFF outlines; Publish embeds TrueType (glyf) fonts only"
                : $"font '{v.Text}' is not a TrueType font";
        }
        if (problem is null) return v.Text;
        diagnostics.Error(Codes.ThemeFontMissing, v.Path, v.Line, v.Column, problem);
        return null;
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex IndexPattern();
}
