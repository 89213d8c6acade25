namespace Publish.Typesetting.Fonts;

/// <summary>
/// Reads the GPOS <c>kern</c> feature: pair adjustment lookups (type 2, also wrapped in
/// extension lookups of type 9), formats 1 (glyph pairs) and 2 (class pairs). Only the
/// left glyph's x-advance adjustment is kept: that is what horizontal Latin kerning uses.
/// </summary>
internal static class PairAdjustmentReader
{
    private const ushort PairAdjustment = 2;
    private const ushort GlyphPairFormat = 1, ClassPairFormat = 2;
    /// <summary>ValueFormat flags: XPlacement 0x1, YPlacement 0x2, XAdvance 0x4, …</summary>
    private const ushort XPlacementFlag = 0x0001, YPlacementFlag = 0x0002, XAdvanceFlag = 0x0004;
    /// <summary>ValueFormat bits that each add one 16-bit field to a ValueRecord.</summary>
    private const ushort ValueRecordFieldBits = 0x00FF;
    /// <summary>PairPos field offsets shared by both formats.</summary>
    private const int CoverageField = 2, ValueFormat1Field = 4, ValueFormat2Field = 6;
    /// <summary>PairPos format 1: pairSetCount, then the PairSet offsets.</summary>
    private const int PairSetCountField = 8, PairSetOffsets = 10;
    /// <summary>PairPos format 2: the two ClassDef offsets, the class counts, then the Class1Records.</summary>
    private const int ClassDef1Field = 8, ClassDef2Field = 10, Class1CountField = 12, Class2CountField = 14, Class1Records = 16;
    /// <summary>A PairSet starts with pairValueCount; a PairValueRecord with secondGlyph.</summary>
    private const int PairValueRecords = 2, FirstValueRecord = 2;

    /// <summary>One <see cref="PairLookup"/> per kern lookup of the font's GPOS, in lookup order.</summary>
    public static IReadOnlyList<PairLookup> Read(byte[] d, TableDirectory tables, int glyphCount)
    {
        var result = new List<PairLookup>();
        foreach (var lookup in LayoutFeatureReader.Read(d, tables.Offset("GPOS"), "kern", LayoutFeatureReader.GposExtension))
        {
            if (lookup.Type != PairAdjustment) continue;
            var pairs = new Dictionary<uint, short>();
            var classes = new List<ClassPairSubtable>();
            foreach (var sub in lookup.Subtables)
            {
                var format = FontBytes.U16(d, sub);
                if (format == GlyphPairFormat) ReadGlyphPairs(d, sub, pairs, classes, glyphCount);
                else if (format == ClassPairFormat) classes.Add(ReadClassPairs(d, sub, glyphCount));
            }
            if (pairs.Count > 0 || classes.Count > 0) result.Add(new PairLookup(pairs, classes));
        }
        return result;
    }

    private static void ReadGlyphPairs(byte[] d, int sub, Dictionary<uint, short> pairs, List<ClassPairSubtable> earlier, int glyphCount)
    {
        var format1 = FontBytes.U16(d, sub + ValueFormat1Field);
        var format2 = FontBytes.U16(d, sub + ValueFormat2Field);
        int pairSetCount = FontBytes.U16(d, sub + PairSetCountField);
        var recordSize = sizeof(ushort) + RecordSize(format1) + RecordSize(format2);
        var advanceAt = XAdvancePosition(format1);
        foreach (var (left, index) in Coverage.Read(d, sub + FontBytes.U16(d, sub + CoverageField)))
        {
            if (index >= pairSetCount || left >= glyphCount) continue;
            // A class subtable earlier in the same lookup already answers for this left glyph.
            if (earlier.Any(c => c.Covers(left))) continue;
            var set = sub + FontBytes.U16(d, sub + PairSetOffsets + index * sizeof(ushort));
            int count = FontBytes.U16(d, set);
            for (var i = 0; i < count; i++)
            {
                var rec = set + PairValueRecords + i * recordSize;
                var right = FontBytes.U16(d, rec);
                var value = advanceAt < 0 ? (short)0 : FontBytes.S16(d, rec + FirstValueRecord + advanceAt);
                pairs.TryAdd(PairLookup.Key(left, right), value);
            }
        }
    }

    private static ClassPairSubtable ReadClassPairs(byte[] d, int sub, int glyphCount)
    {
        var format1 = FontBytes.U16(d, sub + ValueFormat1Field);
        var format2 = FontBytes.U16(d, sub + ValueFormat2Field);
        var classDef1 = ClassDefinition.Read(d, sub + FontBytes.U16(d, sub + ClassDef1Field), glyphCount);
        var classDef2 = ClassDefinition.Read(d, sub + FontBytes.U16(d, sub + ClassDef2Field), glyphCount);
        int class1Count = FontBytes.U16(d, sub + Class1CountField), class2Count = FontBytes.U16(d, sub + Class2CountField);
        var recordSize = RecordSize(format1) + RecordSize(format2);
        var advanceAt = XAdvancePosition(format1);

        var leftClass = new ushort[glyphCount];
        Array.Fill(leftClass, ClassPairSubtable.NotCovered);
        foreach (var (glyph, _) in Coverage.Read(d, sub + FontBytes.U16(d, sub + CoverageField)))
            if (glyph < glyphCount && classDef1[glyph] < class1Count) leftClass[glyph] = classDef1[glyph];

        // The matrix must lie inside the font: a corrupt count must not allocate gigabytes.
        var matrixBytes = (long)class1Count * class2Count * recordSize;
        if (sub + Class1Records + matrixBytes > d.Length)
            throw new ArgumentOutOfRangeException(nameof(d), "class pair matrix runs past the end of the font");
        var values = advanceAt < 0 ? [] : new short[class1Count * class2Count];
        if (advanceAt >= 0)
            for (var c1 = 0; c1 < class1Count; c1++)
                for (var c2 = 0; c2 < class2Count; c2++)
                    values[c1 * class2Count + c2] = FontBytes.S16(d, sub + Class1Records + (c1 * class2Count + c2) * recordSize + advanceAt);
        return new ClassPairSubtable(leftClass, classDef2, class2Count, values);
    }

    /// <summary>Bytes of a ValueRecord with the given ValueFormat.</summary>
    private static int RecordSize(ushort format) =>
        System.Numerics.BitOperations.PopCount((uint)(format & ValueRecordFieldBits)) * sizeof(short);

    /// <summary>Byte position of XAdvance inside a ValueRecord, or -1 when the format has none.</summary>
    private static int XAdvancePosition(ushort format)
    {
        if ((format & XAdvanceFlag) == 0) return -1;
        var position = 0;
        if ((format & XPlacementFlag) != 0) position += sizeof(short);
        if ((format & YPlacementFlag) != 0) position += sizeof(short);
        return position;
    }
}
