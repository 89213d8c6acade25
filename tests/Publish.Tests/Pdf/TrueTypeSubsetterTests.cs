using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using Publish.Pdf.Fonts;
using Publish.Tests.Fonts;
using Publish.Typesetting.Fonts;
using Xunit;
using Xunit.Abstractions;

namespace Publish.Tests.Pdf;

/// <summary>
/// The TrueType subsetter keeps what a PDF CIDFontType2 needs under unchanged glyph ids: the
/// same outlines and advances for every used glyph and its components, nothing for the rest, a
/// file whose checksums verify, and only <see cref="InvalidDataException"/> for bad input.
/// The committed fonts are read back with the project's own <see cref="TrueTypeFont"/>.
/// </summary>
public sealed class TrueTypeSubsetterTests(ITestOutputHelper output)
{
    /// <summary>English text without 'Q' or 'z', whose glyphs must come out empty.</summary>
    private const string Paragraph =
        "When the workers of the mill met on Thursday evening, they agreed that the eight-hour day " +
        "was not a favour to be begged for but a right to be taken. \u201CWe have waited long enough,\u201D " +
        "said the chairman; the hall answered with applause, and 1,200 signatures were counted by " +
        "midnight \u2014 more than half of the town\u2019s working people (see p. 47).";
    private const char Absent = 'Q';
    private const uint ChecksumMagic = 0xB1B0AFBA;

    private static TrueTypeFont Font(string file) => FontTestData.Library.Get(file);

    private static ushort[] ParagraphGlyphs(TrueTypeFont font) =>
        font.Shape(Paragraph, 10).Glyphs.Select(g => g.GlyphId).ToArray();

    [Theory]
    [InlineData("CharisSIL-Regular.ttf")]
    [InlineData("DejaVuSerif.ttf")]
    [InlineData("NotoSans-Condensed.ttf")]
    public void Used_glyphs_keep_outlines_and_advances_and_the_rest_are_empty(string file)
    {
        var original = Font(file);
        var used = ParagraphGlyphs(original);
        var subset = TrueTypeFont.Parse(TrueTypeSubsetter.Subset(original.Data, used), "subset.ttf");

        Assert.InRange(subset.GlyphCount, used.Max() + 1, original.GlyphCount);
        foreach (var g in used)
        {
            Assert.Equal(original.AdvanceUnits(g), subset.AdvanceUnits(g));
            Assert.Equal(Describe(original.Outline(g)), Describe(subset.Outline(g)));
        }
        Assert.Equal(Describe(original.Outline(0)), Describe(subset.Outline(0)));
        Assert.DoesNotContain(Absent, Paragraph);
        var absent = original.GlyphId(Absent);
        Assert.True(absent < subset.GlyphCount, "pick an absent letter below the highest used glyph");
        Assert.NotEqual(0, original.Outline(absent).PointCount);
        Assert.Equal(0, subset.Outline(absent).PointCount);
        for (var g = (ushort)0; g < subset.GlyphCount; g++)
        {
            var kept = subset.Outline(g);
            Assert.True(kept.PointCount == 0 || Describe(kept) == Describe(original.Outline(g)), $"glyph {g} changed");
        }
    }

    [Fact]
    public void Subsetting_every_glyph_changes_no_outline_or_advance()
    {
        var original = Font("CharisSIL-Regular.ttf");
        var all = Enumerable.Range(0, original.GlyphCount).Select(g => (ushort)g);
        var bytes = TrueTypeSubsetter.Subset(original.Data, all);
        var subset = TrueTypeFont.Parse(bytes, "subset.ttf");

        Assert.Equal(original.GlyphCount, subset.GlyphCount);
        for (var g = (ushort)0; g < original.GlyphCount; g++)
        {
            Assert.Equal(original.AdvanceUnits(g), subset.AdvanceUnits(g));
            Assert.Equal(Describe(original.Outline(g)), Describe(subset.Outline(g)));
        }
        // Charis's glyf is far above 128 KB, so loca stays long; its hmtx keeps the original
        // 3602 longHorMetrics and the trailing left side bearings.
        var tables = Directory(bytes);
        Assert.Equal(1, BinaryPrimitives.ReadInt16BigEndian(bytes.AsSpan(tables["head"].Offset + 50)));
        Assert.Equal((original.GlyphCount + 1) * 4, tables["loca"].Length);
        var metrics = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(tables["hhea"].Offset + 34));
        Assert.Equal(3602, metrics);
        Assert.Equal(metrics * 4 + (original.GlyphCount - metrics) * 2, tables["hmtx"].Length);
    }

    [Theory]
    [InlineData("CharisSIL-Regular.ttf")]
    [InlineData("DejaVuSerif.ttf")]
    public void Composite_glyphs_bring_their_components(string file)
    {
        var original = Font(file);
        var accented = original.GlyphId('\u00E9'); // é
        var components = Components(original.Data, accented);
        Assert.NotEmpty(components);
        for (var i = 0; i < components.Count; i++) // nested composites: their components too
            components.AddRange(Components(original.Data, components[i]).Except(components));

        var bytes = TrueTypeSubsetter.Subset(original.Data, [accented]);
        var subset = TrueTypeFont.Parse(bytes, "subset.ttf");
        Assert.Equal(Describe(original.Outline(accented)), Describe(subset.Outline(accented)));
        Assert.NotEqual(0, subset.Outline(accented).PointCount);
        foreach (var c in components)
        {
            Assert.True(GlyphLength(bytes, c) > 0, $"component {c} of é was dropped");
            Assert.Equal(Describe(original.Outline(c)), Describe(subset.Outline(c)));
        }
        Assert.Equal(Math.Max(accented, components.Max()) + 1, subset.GlyphCount);
    }

    [Fact]
    public void Nested_composites_are_followed_and_unused_glyphs_emptied()
    {
        // Synthetic glyph 6 is A (1) scaled plus V (2); .notdef has no outline, glyphs 3-5 are unused.
        var font = SyntheticFont.Build();
        var bytes = TrueTypeSubsetter.Subset(font, [6]);

        Assert.Equal(7, BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(Directory(bytes)["maxp"].Offset + 4)));
        Assert.Equal([false, true, true, false, false, false, true], Enumerable.Range(0, 7).Select(g => GlyphLength(bytes, g) > 0));
        var original = TrueTypeFont.Parse(font, "synthetic.ttf");
        var subset = TrueTypeFont.Parse(bytes, "subset.ttf");
        foreach (ushort g in (ushort[])[1, 2, 6])
            Assert.Equal(Describe(original.Outline(g)), Describe(subset.Outline(g)));
    }

    [Fact]
    public void The_file_follows_the_sfnt_rules()
    {
        var original = Font("CharisSIL-Regular.ttf");
        var bytes = TrueTypeSubsetter.Subset(original.Data, ParagraphGlyphs(original));

        Assert.Equal(0, bytes.Length % 4);
        Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(bytes));
        int count = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(4));
        var power = 1;
        while (power * 2 <= count) power *= 2;
        Assert.Equal(power * 16, BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(6)));
        Assert.Equal((int)Math.Log2(power), BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(8)));
        Assert.Equal(count * 16 - power * 16, BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(10)));

        var tables = Directory(bytes);
        var tags = tables.Keys.ToArray();
        Assert.Equal(["OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "post", "prep"], tags);
        Assert.Equal(tags.OrderBy(t => t, StringComparer.Ordinal), tables.OrderBy(t => t.Value.Record).Select(t => t.Key));
        foreach (var (tag, (offset, length, checksum, _)) in tables)
        {
            Assert.Equal(0, offset % 4);
            var data = bytes.AsSpan(offset, (length + 3) & ~3).ToArray();
            if (tag == "head") data.AsSpan(8, 4).Clear();
            Assert.True(Checksum(data) == checksum, $"checksum of '{tag}'");
        }
        Assert.Equal(ChecksumMagic, Checksum(bytes));

        // The paragraph's glyf is small: short loca, offsets / 2, one more entry than glyphs.
        var head = tables["head"].Offset;
        Assert.Equal(0, BinaryPrimitives.ReadInt16BigEndian(bytes.AsSpan(head + 50)));
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(tables["maxp"].Offset + 4));
        Assert.Equal((glyphCount + 1) * 2, tables["loca"].Length);
        Assert.Equal(tables["glyf"].Length, BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(tables["loca"].Offset + glyphCount * 2)) * 2);
        // Cut below Charis's 3602 longHorMetrics: every kept glyph has one, no side-bearing tail.
        Assert.Equal(glyphCount, BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(tables["hhea"].Offset + 34)));
        Assert.Equal(glyphCount * 4, tables["hmtx"].Length);
        Assert.Equal(0x00030000u, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(tables["post"].Offset)));
        Assert.Equal(32, tables["post"].Length);
    }

    [Fact]
    public void A_paragraph_subset_is_a_small_fraction_of_the_font()
    {
        foreach (var file in (string[])["CharisSIL-Regular.ttf", "DejaVuSerif.ttf", "NotoSans-Condensed.ttf"])
        {
            var font = Font(file);
            var used = ParagraphGlyphs(font);
            var bytes = TrueTypeSubsetter.Subset(font.Data, used);
            var latin1 = Enumerable.Range(0x20, 0xE0).Where(c => c is < 0x7F or >= 0xA0).Select(font.GlyphId).ToArray();
            output.WriteLine($"{file}: printable ASCII and Latin-1 ({latin1.Distinct().Count()} glyphs) → " +
                $"{TrueTypeSubsetter.Subset(font.Data, latin1).Length:N0} bytes");
            const int Runs = 50;
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < Runs; i++) TrueTypeSubsetter.Subset(font.Data, used);
            output.WriteLine($"{file}: {font.Data.Length:N0} bytes → {bytes.Length:N0} bytes " +
                $"({used.Distinct().Count()} glyphs used), {clock.Elapsed.TotalMilliseconds / Runs:F3} ms per subset");
            Assert.True(bytes.Length * 10 < font.Data.Length, $"{file}: subset of {bytes.Length} bytes");
        }
    }

    [Fact]
    public void Same_glyphs_give_the_same_bytes_whatever_their_order_or_repetition()
    {
        var font = Font("DejaVuSerif.ttf");
        var used = ParagraphGlyphs(font);
        var first = TrueTypeSubsetter.Subset(font.Data, used);
        Assert.Equal(first, TrueTypeSubsetter.Subset(font.Data, used));
        Assert.Equal(first, TrueTypeSubsetter.Subset(font.Data, used.Distinct().OrderByDescending(g => g)));
        Assert.Equal(first, TrueTypeSubsetter.Subset(font.Data, used.Concat(used).Append((ushort)0).Append(ushort.MaxValue)));
    }

    [Fact]
    public void Truncated_or_random_bytes_raise_InvalidDataException()
    {
        var font = Font("DejaVuSerif.ttf").Data;
        var glyphs = ParagraphGlyphs(Font("DejaVuSerif.ttf"));
        // DejaVu Serif's last table (prep) ends two bytes before the file, which ends in padding.
        foreach (var length in (int[])[0, 3, 11, 12, 20, 100, 300, 5_000, font.Length / 2, font.Length - 3])
            Assert.Throws<InvalidDataException>(() => TrueTypeSubsetter.Subset(font[..length], glyphs));

        var random = new Random(1921);
        for (var trial = 0; trial < 40; trial++)
        {
            var noise = new byte[random.Next(0, 4096)];
            random.NextBytes(noise);
            if (trial % 2 == 0 && noise.Length >= 4) BinaryPrimitives.WriteUInt32BigEndian(noise, 0x00010000);
            Assert.Throws<InvalidDataException>(() => TrueTypeSubsetter.Subset(noise, glyphs));
        }
        var cff = (byte[])font.Clone();
        BinaryPrimitives.WriteUInt32BigEndian(cff, 0x4F54544F);
        Assert.Contains("CFF", Assert.Throws<InvalidDataException>(() => TrueTypeSubsetter.Subset(cff, glyphs)).Message);
    }

    [Fact]
    public void Corrupted_fonts_either_subset_or_raise_InvalidDataException()
    {
        var random = new Random(1871);
        foreach (var original in (byte[][])[SyntheticFont.Build(), Font("DejaVuSerif.ttf").Data])
        {
            var all = Enumerable.Range(0, 9).Select(g => (ushort)g).Concat(ParagraphGlyphs(Font("DejaVuSerif.ttf"))).ToArray();
            var rejected = 0;
            for (var trial = 0; trial < 60; trial++)
            {
                var data = (byte[])original.Clone();
                var changes = original.Length < 10_000 ? 4 : 30;
                for (var i = 0; i < changes; i++) data[random.Next(data.Length)] = (byte)random.Next(256);
                try
                {
                    Assert.Equal(0, TrueTypeSubsetter.Subset(data, all).Length % 4);
                }
                catch (InvalidDataException)
                {
                    rejected++;
                }
            }
            output.WriteLine($"{original.Length} bytes: {rejected} of 60 corrupted copies rejected");
        }
    }

    [Theory]
    [InlineData("self", "cycle")]
    [InlineData("cycle", "cycle")]
    [InlineData("missing component", "beyond")]
    [InlineData("loca descends", "descend")]
    [InlineData("glyph past glyf", "past the glyf table")]
    [InlineData("cut component", "ends inside a component")]
    public void Broken_glyph_data_is_rejected_with_a_clear_message(string damage, string message)
    {
        var font = SyntheticFont.Build();
        var tables = Directory(font);
        var loca = tables["loca"].Offset;
        int Glyph(int g) => tables["glyf"].Offset + (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(loca + 4 * g));
        const int FirstComponentGlyph = 12; // header (10) + flags (2)
        switch (damage)
        {
            case "self": Put16(font, Glyph(6) + FirstComponentGlyph, 6); break;
            case "cycle": Put16(font, Glyph(6) + FirstComponentGlyph, 8); Put16(font, Glyph(8) + FirstComponentGlyph, 6); break;
            case "missing component": Put16(font, Glyph(6) + FirstComponentGlyph, 500); break;
            case "loca descends": BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(loca + 4 * 3), 0); break;
            case "glyph past glyf": BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(loca + 4 * 9), (uint)tables["glyf"].Length + 100); break;
            case "cut component": Put16(font, Glyph(6) + 10, 0x0001 | 0x0002 | 0x0080 | 0x0020); break; // 2×2 runs past the glyph
        }
        var e = Assert.Throws<InvalidDataException>(() => TrueTypeSubsetter.Subset(font, [6]));
        Assert.Contains(message, e.Message);
    }

    /// <summary>Contours as text, so outlines compare by value.</summary>
    private static string Describe(GlyphOutline outline) =>
        string.Join(" | ", outline.Contours.Select(c => string.Join(" ", c.Select(p => $"{p.X},{p.Y}{(p.OnCurve ? "" : "~")}"))));

    /// <summary>The table records: offset, length, stored checksum and position in the directory.</summary>
    private static Dictionary<string, (int Offset, int Length, uint Checksum, int Record)> Directory(byte[] font)
    {
        var tables = new Dictionary<string, (int, int, uint, int)>(StringComparer.Ordinal);
        int count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var r = font.AsSpan(12 + 16 * i);
            tables[Encoding.ASCII.GetString(r[..4])] = ((int)BinaryPrimitives.ReadUInt32BigEndian(r[8..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(r[12..]), BinaryPrimitives.ReadUInt32BigEndian(r[4..]), i);
        }
        return tables;
    }

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4) sum += BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(i));
        return sum;
    }

    /// <summary>Glyph data start (in glyf) and length, read from loca in either format.</summary>
    private static (int Start, int Length) Glyph(byte[] font, int glyph)
    {
        var tables = Directory(font);
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(tables["head"].Offset + 50)) == 1;
        var loca = tables["loca"].Offset;
        int Offset(int g) => longLoca
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(loca + 4 * g))
            : BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(loca + 2 * g)) * 2;
        return (tables["glyf"].Offset + Offset(glyph), Offset(glyph + 1) - Offset(glyph));
    }

    private static int GlyphLength(byte[] font, int glyph) => Glyph(font, glyph).Length;

    /// <summary>The component glyph ids of a composite glyph (empty for a simple one).</summary>
    private static List<ushort> Components(byte[] font, ushort glyph)
    {
        var (p, length) = Glyph(font, glyph);
        var components = new List<ushort>();
        if (length == 0 || BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(p)) >= 0) return components;
        p += 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(p));
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(p + 2)));
            p += 4 + ((flags & 0x0001) != 0 ? 4 : 2)
                + ((flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0);
        } while ((flags & 0x0020) != 0);
        return components;
    }

    private static void Put16(byte[] data, int at, int value) => BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(at), (ushort)value);
}
