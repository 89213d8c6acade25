using System.Buffers.Binary;
using Publish.Typesetting.Fonts;

namespace Publish.Pdf.Fonts;

/// <summary>
/// Subsets a TrueType (glyf) font for embedding as a PDF CIDFontType2 with
/// <c>/CIDToGIDMap /Identity</c>: glyph ids do not change (CID = GID), so content streams keep
/// the typesetter's glyph ids and nothing has to be renumbered. Unused glyphs become empty
/// (zero-length in loca) and numGlyphs is cut to one past the highest kept glyph.
/// </summary>
/// <remarks>
/// <para>Written: <c>glyf</c> and <c>loca</c> (kept glyphs only, each padded to four bytes; short
/// loca when the new glyf allows it), <c>head</c> (indexToLocFormat, checksum adjustment),
/// <c>hhea</c> and <c>maxp</c> (numberOfHMetrics and numGlyphs for the cut glyph count),
/// <c>hmtx</c> (the prefix of the original that covers the cut glyph count), the hinting
/// tables <c>cvt </c>, <c>fpgm</c> and <c>prep</c> as they are (hinted fonts render wrongly
/// at small sizes without them), <c>OS/2</c> as it is (under 100 bytes; some PDF tools read weight
/// and embedding rights from it), <c>post</c> cut to its format 3 header (italic angle,
/// underline, fixed pitch, no glyph names), and an empty <c>cmap</c>.</para>
/// <para>The cmap maps nothing: a CIDFontType2 with an Identity CIDToGIDMap never consults it,
/// but loaders that treat cmap as a required table, the project's own <see cref="TrueTypeFont"/>
/// among them, refuse a TrueType file without one; the empty table costs 36 bytes.</para>
/// <para>Dropped: <c>name</c> (the PDF names the font itself), <c>GSUB</c>, <c>GPOS</c>,
/// <c>GDEF</c>, <c>kern</c> (shaping is done before the PDF is written), <c>DSIG</c> (invalid
/// once the font changes), <c>gasp</c>, <c>hdmx</c>, <c>LTSH</c>, <c>VDMX</c> and every other
/// table.</para>
/// <para>Malformed input throws <see cref="InvalidDataException"/>: a truncated or unknown
/// file, a missing or short required table, loca offsets that descend or point past glyf, and
/// composite glyphs that loop, nest absurdly deep or refer to missing glyphs
/// (<see cref="GlyphLocations"/>, <see cref="GlyphClosure"/>). Only an hmtx shorter than its
/// header promises is tolerated, read as zeros past its end, since the metrics are copied and
/// not interpreted.</para>
/// </remarks>
internal static class TrueTypeSubsetter
{
    /// <summary>Key given to the shared table-directory reader for its messages.</summary>
    private const string DirectoryKey = "font to subset";

    private const int HeadLength = 54, HeadIndexToLocFormat = 50;
    private const int HheaLength = 36, HheaNumberOfHMetrics = 34;
    /// <summary>maxp version 0.5 (version and numGlyphs); version 1.0 adds the TrueType maxima.</summary>
    private const int MaxpMinLength = 6, MaxpNumGlyphs = 4;
    /// <summary>post's header, all that format 3 keeps.</summary>
    private const int PostHeaderLength = 32;
    private const uint PostFormat3 = 0x00030000;
    private const short ShortLoca = 0, LongLoca = 1;
    /// <summary>A short loca stores offset / 2 in a uint16, so glyf must stay below 2 × 65536 bytes.</summary>
    private const int ShortLocaLimit = 0x20000;
    /// <summary>A longHorMetric (advanceWidth, lsb) and a trailing leftSideBearing.</summary>
    private const int LongMetricSize = 4, SideBearingSize = 2;

    /// <summary>
    /// A cmap with one Windows Unicode BMP (3, 1) format 4 subtable holding only the required
    /// final segment 0xFFFF → .notdef: header, one encoding record, then the 24-byte subtable.
    /// </summary>
    private static readonly byte[] EmptyCharacterMap =
    [
        0, 0, 0, 1,             // version 0, one encoding record
        0, 3, 0, 1, 0, 0, 0, 12, // platform 3, encoding 1, subtable at 12
        0, 4, 0, 24, 0, 0,      // format 4, length 24, language 0
        0, 2, 0, 2, 0, 0, 0, 0, // segCountX2 2, searchRange 2, entrySelector 0, rangeShift 0
        0xFF, 0xFF, 0, 0,       // endCode[0] 0xFFFF, reservedPad
        0xFF, 0xFF, 0, 1, 0, 0, // startCode[0] 0xFFFF, idDelta 1 (0xFFFF + 1 wraps to glyph 0), idRangeOffset 0
    ];

    /// <summary>
    /// Subsets <paramref name="font"/> to <paramref name="glyphs"/> (any order, duplicates
    /// allowed, ids at or beyond numGlyphs ignored) plus .notdef and composite components.
    /// Returns a complete sfnt file; the same input always gives the same bytes.
    /// </summary>
    public static byte[] Subset(byte[] font, IEnumerable<ushort> glyphs)
    {
        ArgumentNullException.ThrowIfNull(font);
        ArgumentNullException.ThrowIfNull(glyphs);
        var tables = ReadDirectory(font);
        var (head, _) = Require(tables, "head", HeadLength);
        var (hhea, _) = Require(tables, "hhea", HheaLength);
        var (maxp, maxpLength) = Require(tables, "maxp", MaxpMinLength);
        var (hmtx, hmtxLength) = Require(tables, "hmtx", 0);
        var (loca, locaLength) = Require(tables, "loca", 0);
        var (glyf, glyfLength) = Require(tables, "glyf", 0);

        var glyphCount = FontBytes.U16(font, maxp + MaxpNumGlyphs);
        if (glyphCount == 0) throw new InvalidDataException("maxp.numGlyphs is 0: the font has not even .notdef");
        var locaFormat = FontBytes.S16(font, head + HeadIndexToLocFormat);
        if (locaFormat is not (ShortLoca or LongLoca))
            throw new InvalidDataException($"head.indexToLocFormat is {locaFormat}, neither 0 (short) nor 1 (long)");
        int metricCount = FontBytes.U16(font, hhea + HheaNumberOfHMetrics);
        if (metricCount == 0) throw new InvalidDataException("hhea.numberOfHMetrics is 0: no glyph has an advance");

        var locations = GlyphLocations.Read(font, loca, locaLength, locaFormat == LongLoca, glyf, glyfLength, glyphCount);
        var kept = GlyphClosure.Collect(font, locations, glyphs);
        var newGlyf = WriteGlyphs(locations, kept, out var newLoca, out var longLoca);
        var keptMetrics = Math.Min(metricCount, kept.End);

        var subset = new List<SfntTable>
        {
            Table("head", Patched(font, head, HeadLength, HeadIndexToLocFormat, longLoca ? LongLoca : ShortLoca)),
            Table("hhea", Patched(font, hhea, HheaLength, HheaNumberOfHMetrics, keptMetrics)),
            Table("maxp", Patched(font, maxp, maxpLength, MaxpNumGlyphs, kept.End)),
            Table("hmtx", Prefix(font, hmtx, hmtxLength, keptMetrics * LongMetricSize + (kept.End - keptMetrics) * SideBearingSize)),
            Table("loca", newLoca),
            Table("glyf", newGlyf),
            Table("cmap", EmptyCharacterMap),
        };
        foreach (var verbatim in (ReadOnlySpan<string>)["cvt ", "fpgm", "prep", "OS/2"])
            if (tables.Has(verbatim)) subset.Add(Table(verbatim, font.AsMemory(tables.Offset(verbatim), tables.Length(verbatim))));
        if (tables.Length("post") >= PostHeaderLength)
        {
            var post = font.AsSpan(tables.Offset("post"), PostHeaderLength).ToArray();
            BinaryPrimitives.WriteUInt32BigEndian(post, PostFormat3);
            subset.Add(Table("post", post));
        }
        return SfntWriter.Write(FontBytes.U32(font, 0), subset);
    }

    /// <summary>The shared directory reader, its complaints turned into this class's one exception type.</summary>
    private static TableDirectory ReadDirectory(byte[] font)
    {
        try
        {
            return TableDirectory.Read(font, DirectoryKey);
        }
        catch (FontFormatException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException)
        {
            throw new InvalidDataException($"{DirectoryKey}: the table directory runs past the end of the file", e);
        }
    }

    private static (int Offset, int Length) Require(TableDirectory tables, string tag, int minLength)
    {
        if (!tables.Has(tag)) throw new InvalidDataException($"required table '{tag}' is missing");
        var length = tables.Length(tag);
        if (length < minLength) throw new InvalidDataException($"table '{tag}' has {length} bytes, fewer than {minLength}");
        return (tables.Offset(tag), length);
    }

    /// <summary>
    /// Copies the kept glyphs to their unchanged ids, each padded to four bytes (the alignment
    /// the spec recommends, and even offsets for a short loca); dropped glyphs get no bytes.
    /// </summary>
    private static byte[] WriteGlyphs(GlyphLocations locations, GlyphClosure kept, out byte[] loca, out bool longLoca)
    {
        var size = 0;
        for (var g = 0; g < kept.End; g++)
            if (kept.Contains(g)) size += SfntWriter.Padded(locations.Length(g));
        longLoca = size >= ShortLocaLimit;

        var glyf = new byte[size];
        loca = new byte[(kept.End + 1) * (longLoca ? sizeof(uint) : sizeof(ushort))];
        var at = 0;
        for (var g = 0; g < kept.End; g++)
        {
            WriteOffset(loca, g, at, longLoca);
            if (!kept.Contains(g)) continue;
            locations.Data(g).CopyTo(glyf.AsSpan(at));
            at += SfntWriter.Padded(locations.Length(g));
        }
        WriteOffset(loca, kept.End, at, longLoca);
        return glyf;
    }

    private static void WriteOffset(byte[] loca, int glyph, int offset, bool longLoca)
    {
        if (longLoca) BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(glyph * sizeof(uint)), (uint)offset);
        else BinaryPrimitives.WriteUInt16BigEndian(loca.AsSpan(glyph * sizeof(ushort)), (ushort)(offset / 2));
    }

    /// <summary>A copy of a table's first <paramref name="length"/> bytes with one uint16 field replaced.</summary>
    private static byte[] Patched(byte[] font, int table, int length, int field, int value)
    {
        var copy = font.AsSpan(table, length).ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(field), (ushort)value);
        return copy;
    }

    /// <summary>The first <paramref name="wanted"/> bytes of a table, zero-filled past its end.</summary>
    private static ReadOnlyMemory<byte> Prefix(byte[] font, int table, int length, int wanted)
    {
        if (length >= wanted) return font.AsMemory(table, wanted);
        var copy = new byte[wanted];
        font.AsSpan(table, length).CopyTo(copy);
        return copy;
    }

    private static SfntTable Table(string tag, ReadOnlyMemory<byte> data) => new(FontBytes.TagValue(tag), data);
}
