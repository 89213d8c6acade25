using System.Text;

namespace Publish.Pdf;

/// <summary>
/// Builds a ToUnicode CMap for an Identity-H font: each used glyph id (= CID) maps to the text
/// it stands for, which may be several characters for a ligature ("f_f_i" → "ffi").
/// </summary>
internal static class ToUnicodeCMapBuilder
{
    /// <summary>PDF allows at most 100 entries per bfchar block.</summary>
    private const int BlockSize = 100;

    /// <summary>The CMap program as bytes (ASCII).</summary>
    public static byte[] Build(IReadOnlyDictionary<ushort, string> glyphText)
    {
        var entries = glyphText.Where(e => e.Key != 0 && e.Value.Length > 0).OrderBy(e => e.Key).ToList();
        var sb = new StringBuilder();
        sb.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        sb.Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n");
        sb.Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        sb.Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (int start = 0; start < entries.Count; start += BlockSize)
        {
            int count = Math.Min(BlockSize, entries.Count - start);
            sb.Append(count).Append(" beginbfchar\n");
            for (int i = start; i < start + count; i++)
            {
                sb.Append('<').Append(entries[i].Key.ToString("X4")).Append("> <");
                foreach (var unit in entries[i].Value) sb.Append(((int)unit).ToString("X4"));
                sb.Append(">\n");
            }
            sb.Append("endbfchar\n");
        }
        sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
