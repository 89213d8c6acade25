using Publish.Pdf;
using Publish.Typesetting.Frames;

namespace Publish.Tests.Pdf;

/// <summary>
/// Builds frames by hand for the PDF tests: glyph runs shaped with the test cmap reader
/// (plus the f_f_i / f_i ligatures of Charis SIL), a font source over styles/fonts, and the
/// repository root.
/// </summary>
internal static class TestFrames
{
    public const string Regular = "CharisSIL-Regular.ttf";
    public const string Bold = "CharisSIL-Bold.ttf";
    private static readonly Dictionary<string, TestFontReader> Readers = new();

    /// <summary>The folder holding Publish.sln.</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Publish.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Publish.sln not found above the test binaries");
        }
    }

    public static string FontPath(string key) => Path.Combine(RepoRoot, "styles", "fonts", key);

    public static TestFontReader Reader(string key)
    {
        lock (Readers)
        {
            if (!Readers.TryGetValue(key, out var r)) Readers[key] = r = new TestFontReader(File.ReadAllBytes(FontPath(key)));
            return r;
        }
    }

    /// <summary>A font source reading styles/fonts.</summary>
    public static IFontSource Fonts { get; } = new DirectoryFontSource();

    /// <summary>
    /// Shapes <paramref name="text"/> into a run: one glyph per character, "ffi"/"fi" as ligatures
    /// when <paramref name="ligatures"/> is set, each advance = natural advance + <paramref name="extraSpacing"/>.
    /// </summary>
    public static GlyphRun Run(string text, double x, double baseline, double size = 10.5, string font = Regular,
        bool ligatures = true, double extraSpacing = 0, Colour? colour = null)
    {
        var reader = Reader(font);
        var glyphs = new List<PositionedGlyph>();
        for (int i = 0; i < text.Length;)
        {
            ushort? liga = null;
            int take = 1;
            if (ligatures && string.CompareOrdinal(text, i, "ffi", 0, 3) == 0) { liga = reader.GlyphNamed("f_f_i"); take = 3; }
            else if (ligatures && string.CompareOrdinal(text, i, "fi", 0, 2) == 0) { liga = reader.GlyphNamed("f_i"); take = 2; }
            if (liga is null) take = char.IsSurrogatePair(text, i) ? 2 : 1;
            ushort glyph = liga ?? reader.GlyphFor(char.ConvertToUtf32(text, i));
            glyphs.Add(new PositionedGlyph(glyph, reader.Advance(glyph, size) + extraSpacing, text.Substring(i, take)));
            i += take;
        }
        return new GlyphRun(font, size, x, baseline, glyphs, text, colour ?? Colour.Black);
    }

    /// <summary>An A5 page (419.53 × 595.28 pt) with the given items.</summary>
    public static Page A5(params FrameItem[] items)
        => new(419.53, 595.28, items) { TypeArea = new Rect(56, 56, 307.53, 483.28) };

    private sealed class DirectoryFontSource : IFontSource
    {
        public byte[] GetFontData(string key) => File.ReadAllBytes(FontPath(key));
    }
}
