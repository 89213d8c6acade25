namespace Publish.Typesetting.Fonts;

/// <summary>
/// Walks the common OpenType layout structures of GSUB and GPOS (ScriptList → LangSys →
/// FeatureList → LookupList) to find the lookups of one feature (such as <c>kern</c> or
/// <c>liga</c>) for Latin text: the <c>latn</c> script's default language system, else
/// <c>DFLT</c>, else the first script the font lists.
/// </summary>
internal static class LayoutFeatureReader
{
    /// <summary>GSUB lookup type 7 and GPOS lookup type 9 wrap another lookup type.</summary>
    public const ushort GsubExtension = 7, GposExtension = 9;

    private const int ScriptListField = 4, FeatureListField = 6, LookupListField = 8;
    private const int TagRecordSize = 6;
    private const int LangSysFeatureCount = 4, LangSysFeatureIndices = 6;
    private const ushort NoRequiredFeature = 0xFFFF;
    private const int LookupSubtableCount = 4, LookupSubtableOffsets = 6;
    private const int ExtensionTypeField = 2, ExtensionOffsetField = 4;
    /// <summary>ScriptList/FeatureList/LookupList start with a count; records follow.</summary>
    private const int ListRecords = 2;
    /// <summary>Offset field inside a tag record (after the 4-byte tag).</summary>
    private const int TagRecordOffsetField = 4;
    /// <summary>Feature table: lookupIndexCount, then the indices.</summary>
    private const int FeatureLookupCount = 2, FeatureLookupIndices = 4;
    /// <summary>Script table: langSysCount, then LangSys records (tag, offset).</summary>
    private const int ScriptLangSysCount = 2, ScriptLangSysRecords = 4;
    private const int LangSysRequiredFeature = 2;

    /// <summary>
    /// The lookups of <paramref name="featureTag"/> in lookup-list order, each listed once.
    /// Returns an empty list when the table is absent or has no such feature.
    /// </summary>
    public static IReadOnlyList<LayoutLookup> Read(byte[] d, int table, string featureTag, ushort extensionType)
    {
        if (table < 0) return [];
        var scriptList = table + FontBytes.U16(d, table + ScriptListField);
        var featureList = table + FontBytes.U16(d, table + FeatureListField);
        var lookupList = table + FontBytes.U16(d, table + LookupListField);

        var featureIndices = LatinFeatureIndices(d, scriptList);
        var lookupIndices = new SortedSet<int>();
        int featureCount = FontBytes.U16(d, featureList);
        foreach (var fi in featureIndices)
        {
            if (fi >= featureCount) continue;
            var record = featureList + ListRecords + fi * TagRecordSize;
            if (FontBytes.Tag(d, record) != featureTag) continue;
            var feature = featureList + FontBytes.U16(d, record + TagRecordOffsetField);
            int n = FontBytes.U16(d, feature + FeatureLookupCount);
            for (var i = 0; i < n; i++) lookupIndices.Add(FontBytes.U16(d, feature + FeatureLookupIndices + i * sizeof(ushort)));
        }

        int lookupCount = FontBytes.U16(d, lookupList);
        var lookups = new List<LayoutLookup>();
        foreach (var li in lookupIndices)
        {
            if (li >= lookupCount) continue;
            var lookup = lookupList + FontBytes.U16(d, lookupList + ListRecords + li * sizeof(ushort));
            var declaredType = FontBytes.U16(d, lookup);
            var type = declaredType;
            int subCount = FontBytes.U16(d, lookup + LookupSubtableCount);
            var subtables = new List<int>(subCount);
            for (var s = 0; s < subCount; s++)
            {
                var sub = lookup + FontBytes.U16(d, lookup + LookupSubtableOffsets + s * sizeof(ushort));
                if (declaredType == extensionType)
                {
                    type = FontBytes.U16(d, sub + ExtensionTypeField);
                    sub += (int)FontBytes.U32(d, sub + ExtensionOffsetField);
                }
                subtables.Add(sub);
            }
            lookups.Add(new LayoutLookup(li, type, subtables));
        }
        return lookups;
    }

    /// <summary>Feature indices of the default LangSys of latn, else DFLT, else the first script.</summary>
    private static IEnumerable<int> LatinFeatureIndices(byte[] d, int scriptList)
    {
        int scriptCount = FontBytes.U16(d, scriptList);
        int chosen = -1, dflt = -1;
        for (var i = 0; i < scriptCount; i++)
        {
            var record = scriptList + ListRecords + i * TagRecordSize;
            var tag = FontBytes.Tag(d, record);
            var script = scriptList + FontBytes.U16(d, record + TagRecordOffsetField);
            if (tag == "latn") chosen = script;
            else if (tag == "DFLT") dflt = script;
            else if (i == 0 && chosen < 0 && dflt < 0) dflt = script;
        }
        if (chosen < 0) chosen = dflt;
        if (chosen < 0) yield break;

        var langSysOffset = FontBytes.U16(d, chosen);
        if (langSysOffset == 0)
        {
            // No default LangSys: use the first language system the script lists.
            if (FontBytes.U16(d, chosen + ScriptLangSysCount) == 0) yield break;
            langSysOffset = FontBytes.U16(d, chosen + ScriptLangSysRecords + TagRecordOffsetField);
        }
        var langSys = chosen + langSysOffset;
        var required = FontBytes.U16(d, langSys + LangSysRequiredFeature);
        if (required != NoRequiredFeature) yield return required;
        int n = FontBytes.U16(d, langSys + LangSysFeatureCount);
        for (var i = 0; i < n; i++) yield return FontBytes.U16(d, langSys + LangSysFeatureIndices + i * sizeof(ushort));
    }
}
