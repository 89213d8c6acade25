namespace Publish.Typesetting.Fonts;

/// <summary>
/// A ligature: the glyphs that must follow the first glyph, and the glyph that replaces them all.
/// </summary>
internal sealed record Ligature(ushort[] Following, ushort Glyph);

/// <summary>
/// The font's <c>liga</c> ligatures (fi, fl, ff, ffi, ffl …), one pass per GSUB lookup, each
/// indexed by first glyph. Passes run in lookup order and candidates are tried in the font's
/// order, as the spec (and HarfBuzz) do: DejaVu Serif forms ff in its first lookup, so
/// "office" gives ff + i there, while Charis forms ffi.
/// </summary>
internal sealed class LigatureTable
{
    private readonly Ligature[]?[][] _passes;

    public LigatureTable(Ligature[]?[][] passes) => _passes = passes;

    /// <summary>True when the font defines no ligatures.</summary>
    public bool IsEmpty => _passes.Length == 0;

    /// <summary>All ligatures starting with the glyph, over every pass (for tests and diagnostics).</summary>
    public IEnumerable<Ligature> StartingWith(ushort glyph) =>
        _passes.SelectMany(p => glyph < p.Length && p[glyph] is { } l ? l : []);

    /// <summary>
    /// Applies every pass to <paramref name="glyphs"/> in place. <paramref name="clusters"/>
    /// holds, per glyph, the index of its first source char; merged glyphs keep the first
    /// component's cluster. Returns the new glyph count.
    /// </summary>
    public int Apply(Span<ushort> glyphs, Span<int> clusters, int count)
    {
        foreach (var pass in _passes)
        {
            var write = 0;
            for (var read = 0; read < count; read++)
            {
                var first = glyphs[read];
                var consumed = 0;
                if (first < pass.Length && pass[first] is { } candidates)
                {
                    foreach (var ligature in candidates)
                    {
                        if (!Matches(ligature.Following, glyphs, read + 1, count)) continue;
                        first = ligature.Glyph;
                        consumed = ligature.Following.Length;
                        break;
                    }
                }
                glyphs[write] = first;
                clusters[write] = clusters[read];
                write++;
                read += consumed;
            }
            count = write;
        }
        return count;
    }

    private static bool Matches(ushort[] following, Span<ushort> glyphs, int start, int count)
    {
        if (start + following.Length > count) return false;
        for (var i = 0; i < following.Length; i++)
            if (glyphs[start + i] != following[i]) return false;
        return true;
    }
}
