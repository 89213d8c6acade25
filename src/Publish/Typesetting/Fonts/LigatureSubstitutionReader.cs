namespace Publish.Typesetting.Fonts;

/// <summary>
/// Reads the GSUB <c>liga</c> feature: ligature substitution lookups (type 4, also wrapped in
/// extension lookups of type 7), format 1. Other lookup types in the feature (contextual
/// ones) are skipped: the standard f-ligatures never need them.
/// </summary>
internal static class LigatureSubstitutionReader
{
    private const ushort LigatureSubstitution = 4;
    private const ushort Format1 = 1;
    private const int CoverageField = 2, SetCountField = 4, SetOffsets = 6;
    /// <summary>LigatureSet: count, then Ligature offsets. Ligature: glyph, componentCount, components after the first.</summary>
    private const int LigatureOffsets = 2, ComponentCountField = 2, ComponentGlyphs = 4;

    /// <summary>The ligature passes of the font, empty when it has none.</summary>
    public static LigatureTable Read(byte[] d, TableDirectory tables, int glyphCount)
    {
        var passes = new List<Ligature[]?[]>();
        foreach (var lookup in LayoutFeatureReader.Read(d, tables.Offset("GSUB"), "liga", LayoutFeatureReader.GsubExtension))
        {
            if (lookup.Type != LigatureSubstitution) continue;
            var byFirst = new List<Ligature>?[glyphCount];
            var any = false;
            foreach (var sub in lookup.Subtables)
            {
                if (FontBytes.U16(d, sub) != Format1) continue;
                int setCount = FontBytes.U16(d, sub + SetCountField);
                foreach (var (first, index) in Coverage.Read(d, sub + FontBytes.U16(d, sub + CoverageField)))
                {
                    if (index >= setCount || first >= glyphCount) continue;
                    var set = sub + FontBytes.U16(d, sub + SetOffsets + index * sizeof(ushort));
                    int count = FontBytes.U16(d, set);
                    for (var i = 0; i < count; i++)
                    {
                        var lig = set + FontBytes.U16(d, set + LigatureOffsets + i * sizeof(ushort));
                        var glyph = FontBytes.U16(d, lig);
                        int components = FontBytes.U16(d, lig + ComponentCountField);
                        if (components < 1) continue;
                        var following = new ushort[components - 1];
                        for (var c = 0; c < following.Length; c++) following[c] = FontBytes.U16(d, lig + ComponentGlyphs + c * sizeof(ushort));
                        (byFirst[first] ??= []).Add(new Ligature(following, glyph));
                        any = true;
                    }
                }
            }
            if (any) passes.Add(byFirst.Select(l => l?.ToArray()).ToArray());
        }
        return new LigatureTable([.. passes]);
    }
}
