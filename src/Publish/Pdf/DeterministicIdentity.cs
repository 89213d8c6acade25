using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Pdf;

/// <summary>
/// Replaces what PDFsharp 6.5 makes random on every save — font subset tags ("ZKNGIA+"), the
/// trailer /ID and the XMP document/instance UUIDs — with values derived from a SHA-256 of the
/// file itself (with those spans blanked). Every replacement has the original's length, so
/// object offsets stay valid. Dates are not touched here: they come fixed from the options.
/// </summary>
internal static partial class DeterministicIdentity
{
    /// <summary>Patches <paramref name="pdf"/> in place (uncompressed PDFsharp output).</summary>
    public static void Apply(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var spans = new List<(int Start, int Length, string Kind, string Original)>();
        foreach (Match m in SubsetTag().Matches(text))
            spans.Add((m.Groups[1].Index, 6, "tag", m.Groups[1].Value));
        int trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        if (trailer >= 0)
        {
            var id = TrailerId().Match(text, trailer);
            if (id.Success)
            {
                spans.Add((id.Groups[1].Index, id.Groups[1].Length, "id", ""));
                spans.Add((id.Groups[2].Index, id.Groups[2].Length, "id", ""));
            }
        }
        int xmpStart = text.IndexOf("<x:xmpmeta", StringComparison.Ordinal);
        int xmpEnd = xmpStart < 0 ? -1 : text.IndexOf("</x:xmpmeta>", xmpStart, StringComparison.Ordinal);
        if (xmpEnd > xmpStart)
            foreach (Match m in XmpUuid().Matches(text[..xmpEnd], xmpStart))
                spans.Add((m.Groups[1].Index, m.Groups[1].Length, "uuid", ""));
        if (spans.Count == 0) return;

        foreach (var s in spans) pdf.AsSpan(s.Start, s.Length).Fill((byte)'0');
        var seed = SHA256.HashData(pdf);

        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        int uuids = 0;
        foreach (var s in spans)
        {
            string value = s.Kind switch
            {
                "tag" => tags.TryGetValue(s.Original, out var t) ? t : tags[s.Original] = Tag(seed, tags.Count),
                "id" => Convert.ToHexString(seed)[..s.Length],
                _ => Uuid(seed, uuids++),
            };
            Encoding.ASCII.GetBytes(value, pdf.AsSpan(s.Start, s.Length));
        }
    }

    private static string Tag(byte[] seed, int ordinal)
    {
        var hash = SHA256.HashData([.. seed, .. BitConverter.GetBytes(ordinal), (byte)'t']);
        var letters = new char[6];
        for (int i = 0; i < 6; i++) letters[i] = (char)('A' + hash[i] % 26);
        return new string(letters);
    }

    private static string Uuid(byte[] seed, int ordinal)
    {
        var hash = SHA256.HashData([.. seed, .. BitConverter.GetBytes(ordinal), (byte)'u']);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5 style: name-based, SHA
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    [GeneratedRegex(@"/(?:BaseFont|FontName)\s*/([A-Z]{6})\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex TrailerId();

    [GeneratedRegex(@"uuid:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})")]
    private static partial Regex XmpUuid();
}
