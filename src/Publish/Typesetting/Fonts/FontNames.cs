using System.Text;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// The names a font gives itself in its <c>name</c> table: family (typographic family when
/// present), full name and PostScript name. English Windows names are preferred.
/// </summary>
internal sealed record FontNames(string Family, string FullName, string PostScriptName)
{
    private const ushort FamilyId = 1, FullNameId = 4, PostScriptId = 6, TypographicFamilyId = 16;
    private const ushort PlatformUnicode = 0, PlatformMac = 1, PlatformWindows = 3;
    private const ushort MacRomanEncoding = 0;
    private const ushort WindowsUsEnglish = 0x0409;
    private const int CountOffset = 2, StorageOffsetField = 4, RecordsStart = 6, RecordSize = 12;
    /// <summary>NameRecord fields after platformID.</summary>
    private const int EncodingField = 2, LanguageField = 4, NameIdField = 6, LengthField = 8, StringOffsetField = 10;

    /// <summary>Scores: a US-English Windows name beats any Windows name, which beats Unicode, then Mac Roman.</summary>
    private const int ScoreWindowsEnglish = 4, ScoreWindows = 3, ScoreUnicode = 2, ScoreMacRoman = 1;

    /// <summary>Reads the names; missing ones fall back to <paramref name="key"/> without its extension.</summary>
    public static FontNames Read(byte[] d, TableDirectory tables, string key)
    {
        var fallback = Path.GetFileNameWithoutExtension(key);
        var name = tables.Offset("name");
        if (name < 0) return new FontNames(fallback, fallback, fallback);

        var best = new Dictionary<ushort, (int Score, string Text)>();
        int count = FontBytes.U16(d, name + CountOffset);
        var storage = name + FontBytes.U16(d, name + StorageOffsetField);
        for (var i = 0; i < count; i++)
        {
            var r = name + RecordsStart + i * RecordSize;
            var platform = FontBytes.U16(d, r);
            var encoding = FontBytes.U16(d, r + EncodingField);
            var language = FontBytes.U16(d, r + LanguageField);
            var id = FontBytes.U16(d, r + NameIdField);
            if (id is not (FamilyId or FullNameId or PostScriptId or TypographicFamilyId)) continue;
            var score = platform switch
            {
                PlatformWindows when language == WindowsUsEnglish => ScoreWindowsEnglish,
                PlatformWindows => ScoreWindows,
                PlatformUnicode => ScoreUnicode,
                PlatformMac when encoding == MacRomanEncoding => ScoreMacRoman,
                _ => 0,
            };
            if (score == 0 || (best.TryGetValue(id, out var seen) && seen.Score >= score)) continue;
            var length = FontBytes.U16(d, r + LengthField);
            var start = storage + FontBytes.U16(d, r + StringOffsetField);
            if (start + length > d.Length) continue;
            var text = platform == PlatformMac
                ? Encoding.Latin1.GetString(d, start, length)
                : Encoding.BigEndianUnicode.GetString(d, start, length);
            best[id] = (score, text);
        }

        string Get(ushort id, string other) => best.TryGetValue(id, out var v) && v.Text.Length > 0 ? v.Text : other;
        var family = Get(TypographicFamilyId, Get(FamilyId, fallback));
        return new FontNames(family, Get(FullNameId, family), Get(PostScriptId, fallback));
    }
}
