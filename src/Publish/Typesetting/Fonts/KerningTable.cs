namespace Publish.Typesetting.Fonts;

/// <summary>
/// All kerning of a font: the GPOS <c>kern</c> lookups when the font has them, else the legacy
/// <c>kern</c> table (as HarfBuzz does, never both). Values of several lookups add up.
/// Read-only after construction, so one instance is shared by parallel builds.
/// </summary>
internal sealed class KerningTable
{
    private readonly PairLookup[] _lookups;

    private KerningTable(PairLookup[] lookups, KerningSource source)
    {
        _lookups = lookups;
        Source = source;
    }

    /// <summary>Where the kerning came from.</summary>
    public KerningSource Source { get; }

    /// <summary>The lookups, in the order their values are added.</summary>
    public IReadOnlyList<PairLookup> Lookups => _lookups;

    /// <summary>True when the font has no kerning at all.</summary>
    public bool IsEmpty => _lookups.Length == 0;

    /// <summary>Reads GPOS kerning, falling back to the kern table.</summary>
    public static KerningTable Read(byte[] d, TableDirectory tables, int glyphCount)
    {
        var gpos = PairAdjustmentReader.Read(d, tables, glyphCount);
        if (gpos.Count > 0) return new KerningTable([.. gpos], KerningSource.Gpos);
        var kern = KernTableReader.Read(d, tables);
        return kern is null ? new KerningTable([], KerningSource.None) : new KerningTable([kern], KerningSource.KernTable);
    }

    /// <summary>The x-advance adjustment of the left glyph before the right one, in font units.</summary>
    public int Get(ushort left, ushort right)
    {
        var lookups = _lookups;
        if (lookups.Length == 1) return lookups[0].Get(left, right);
        var sum = 0;
        foreach (var lookup in lookups) sum += lookup.Get(left, right);
        return sum;
    }
}

/// <summary>Which table a font's kerning was read from.</summary>
internal enum KerningSource { None, Gpos, KernTable }
