using System.Buffers.Binary;
using System.Numerics;
using Publish.Typesetting.Fonts;

namespace Publish.Pdf.Fonts;

/// <summary>A table to write into an sfnt file: its tag packed big-endian, and its bytes.</summary>
internal readonly record struct SfntTable(uint Tag, ReadOnlyMemory<byte> Data);

/// <summary>
/// Assembles tables into an sfnt (TrueType) file the way the OpenType spec asks, so strict
/// readers (font validators, PDF/A checkers) accept it: records sorted by tag, each table
/// starting on a four-byte boundary and zero-padded, per-table checksums, and
/// <c>head.checkSumAdjustment</c> set so the whole file sums to 0xB1B0AFBA. The output depends
/// only on the tables, never on their order in the list.
/// </summary>
internal static class SfntWriter
{
    /// <summary>The whole file's checksum plus head.checkSumAdjustment must equal this.</summary>
    private const uint ChecksumMagic = 0xB1B0AFBA;
    /// <summary>sfntVersion, numTables, searchRange, entrySelector, rangeShift.</summary>
    private const int OffsetTableSize = 12;
    /// <summary>tag, checksum, offset, length.</summary>
    private const int TableRecordSize = 16;
    private const int CheckSumAdjustmentOffset = 8;

    private static readonly uint HeadTag = FontBytes.TagValue("head");

    /// <summary>Writes the file; <paramref name="tables"/> is sorted in place and must not repeat a tag.</summary>
    public static byte[] Write(uint sfntVersion, List<SfntTable> tables)
    {
        tables.Sort(static (a, b) => a.Tag.CompareTo(b.Tag));
        var count = tables.Count;
        var size = OffsetTableSize + count * TableRecordSize;
        foreach (var table in tables) size += Padded(table.Data.Length);
        var file = new byte[size];
        var span = file.AsSpan();

        var entrySelector = count == 0 ? 0 : BitOperations.Log2((uint)count);
        var searchRange = (1 << entrySelector) * TableRecordSize;
        BinaryPrimitives.WriteUInt32BigEndian(span, sfntVersion);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)(count * TableRecordSize - searchRange));

        var at = OffsetTableSize + count * TableRecordSize;
        var head = -1;
        for (var i = 0; i < count; i++)
        {
            var (tag, data) = tables[i];
            data.Span.CopyTo(span[at..]);
            if (tag == HeadTag)
            {
                // head's own checksum is taken with the adjustment zeroed, as it is later filled in.
                head = at;
                span.Slice(at + CheckSumAdjustmentOffset, sizeof(uint)).Clear();
            }
            var record = span[(OffsetTableSize + i * TableRecordSize)..];
            BinaryPrimitives.WriteUInt32BigEndian(record, tag);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(span.Slice(at, Padded(data.Length))));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            at += Padded(data.Length);
        }
        if (head >= 0)
            BinaryPrimitives.WriteUInt32BigEndian(span[(head + CheckSumAdjustmentOffset)..], unchecked(ChecksumMagic - Checksum(span)));
        return file;
    }

    /// <summary>Rounds a length up to the four-byte boundary every table starts on.</summary>
    public static int Padded(int length) => (length + 3) & ~3;

    /// <summary>The OpenType checksum: the wrapping sum of big-endian uint32s (length a multiple of four).</summary>
    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += sizeof(uint))
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        return sum;
    }
}
