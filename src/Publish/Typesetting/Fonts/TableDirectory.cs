using Publish.Diagnostics;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// The sfnt table directory: which tables the font has and where they lie. Rejects CFF
/// (<c>OTTO</c>) and collection (<c>ttcf</c>) files with a <see cref="FontFormatException"/>.
/// </summary>
internal sealed class TableDirectory
{
    /// <summary>sfnt version of TrueType-outline fonts (Windows and OpenType).</summary>
    private const uint TrueTypeVersion = 0x00010000;
    /// <summary>sfnt version 'true' used by old Apple TrueType fonts.</summary>
    private const uint AppleTrueTypeVersion = 0x74727565;
    /// <summary>sfnt version 'OTTO': OpenType with CFF outlines.</summary>
    private const uint CffVersion = 0x4F54544F;
    /// <summary>Tag 'ttcf' of a TrueType collection header.</summary>
    private const uint CollectionTag = 0x74746366;

    /// <summary>Size of the offset table before the table records.</summary>
    private const int OffsetTableSize = 12;
    /// <summary>Size of one table record (tag, checksum, offset, length).</summary>
    private const int TableRecordSize = 16;
    private const int NumTablesOffset = 4;
    private const int RecordOffsetField = 8;
    private const int RecordLengthField = 12;

    private readonly Dictionary<string, (int Offset, int Length)> _tables;

    private TableDirectory(Dictionary<string, (int Offset, int Length)> tables) => _tables = tables;

    /// <summary>Reads the directory, checking the signature and that every table lies inside the data.</summary>
    public static TableDirectory Read(byte[] data, string key)
    {
        if (data.Length < OffsetTableSize)
            throw new FontFormatException(Codes.FontMalformed, key, "file is too short to be a font");
        var version = FontBytes.U32(data, 0);
        if (version == CffVersion)
            throw new FontFormatException(Codes.FontCffOutlines, key,
                "OpenType font with CFF outlines ('OTTO'); use a TrueType (glyf) build of the face");
        if (version == CollectionTag)
            throw new FontFormatException(Codes.FontCollection, key, "font collection (ttcf); extract a single face");
        if (version != TrueTypeVersion && version != AppleTrueTypeVersion)
            throw new FontFormatException(Codes.FontMalformed, key, $"unknown sfnt version 0x{version:X8}");

        var count = FontBytes.U16(data, NumTablesOffset);
        var tables = new Dictionary<string, (int, int)>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = OffsetTableSize + i * TableRecordSize;
            var tag = FontBytes.Tag(data, record);
            var offset = FontBytes.U32(data, record + RecordOffsetField);
            var length = FontBytes.U32(data, record + RecordLengthField);
            if (offset + (ulong)length > (ulong)data.Length)
                throw new FontFormatException(Codes.FontMalformed, key, $"table '{tag}' lies outside the file");
            tables[tag] = ((int)offset, (int)length);
        }
        return new TableDirectory(tables);
    }

    /// <summary>True when the font has the table.</summary>
    public bool Has(string tag) => _tables.ContainsKey(tag);

    /// <summary>The table's offset, or -1 when absent.</summary>
    public int Offset(string tag) => _tables.TryGetValue(tag, out var t) ? t.Offset : -1;

    /// <summary>The table's length in bytes, or 0 when absent.</summary>
    public int Length(string tag) => _tables.TryGetValue(tag, out var t) ? t.Length : 0;

    /// <summary>The offset of a table the font must have.</summary>
    public int Require(string tag, string key) =>
        _tables.TryGetValue(tag, out var t)
            ? t.Offset
            : throw new FontFormatException(Codes.FontMalformed, key, $"required table '{tag}' is missing");
}
