using System.Security.Cryptography;
using System.Text;

namespace Publish.Pdf;

/// <summary>
/// Replaces what PDFsharp 6.5 makes random on every save — font subset tags ("ZKNGIA+"), the
/// trailer /ID and the XMP document/instance UUIDs — with values derived from a SHA-256 of the
/// file itself (with those spans blanked). Every replacement has the original's length, so
/// object offsets stay valid. Dates are not touched here: they come fixed from the options.
/// </summary>
internal static class DeterministicIdentity
{
    /// <summary>Patches <paramref name="pdf"/> in place (uncompressed PDFsharp output).</summary>
    /// <remarks>Searches the bytes directly: a PDF is megabytes, and a string copy of it twice that.</remarks>
    public static void Apply(byte[] pdf)
    {
        var spans = new List<(int Start, int Length, string Kind, string Original)>();
        foreach (var key in (ReadOnlySpan<string>)["/BaseFont", "/FontName"])
            for (int at = 0; (at = IndexOf(pdf, key, at)) >= 0; at += key.Length)
                if (SubsetTagAfter(pdf, at + key.Length) is int tag)
                    spans.Add((tag, 6, "tag", Encoding.ASCII.GetString(pdf, tag, 6)));
        // In file order, as the pattern search this replaces found them.
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        int trailer = pdf.AsSpan().LastIndexOf("trailer"u8);
        if (trailer >= 0)
            for (int at = trailer; (at = IndexOf(pdf, "/ID", at)) >= 0; at += 3)
                if (TrailerIds(pdf, at + 3) is var (first, second))
                {
                    spans.Add((first.Start, first.Length, "id", ""));
                    spans.Add((second.Start, second.Length, "id", ""));
                    break;
                }
        int xmpStart = IndexOf(pdf, "<x:xmpmeta", 0);
        int xmpEnd = xmpStart < 0 ? -1 : IndexOf(pdf, "</x:xmpmeta>", xmpStart);
        if (xmpEnd > xmpStart)
            for (int at = xmpStart; (at = IndexOf(pdf, "uuid:", at)) >= 0 && at < xmpEnd; at += 5)
                if (at + 5 + UuidLength <= xmpEnd && IsUuid(pdf.AsSpan(at + 5, UuidLength)))
                {
                    spans.Add((at + 5, UuidLength, "uuid", ""));
                    at += UuidLength;
                }
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

    private const int UuidLength = 36;

    private static int IndexOf(byte[] pdf, string ascii, int from)
    {
        Span<byte> needle = stackalloc byte[ascii.Length];
        Encoding.ASCII.GetBytes(ascii, needle);
        int found = pdf.AsSpan(from).IndexOf(needle);
        return found < 0 ? -1 : from + found;
    }

    private static int SkipWhite(byte[] pdf, int at)
    {
        while (at < pdf.Length && IsWhite(pdf[at])) at++;
        return at;
    }

    /// <summary>PDF white space, as the patterns this replaces read <c>\s</c>.</summary>
    private static bool IsWhite(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or 0x0B;

    /// <summary>After "/BaseFont" or "/FontName": white space, "/", six capitals and "+" (a subset tag); the tag's offset.</summary>
    private static int? SubsetTagAfter(byte[] pdf, int at)
    {
        at = SkipWhite(pdf, at);
        if (at + 8 > pdf.Length || pdf[at] != (byte)'/' || pdf[at + 7] != (byte)'+') return null;
        for (int i = 1; i <= 6; i++)
            if (pdf[at + i] is < (byte)'A' or > (byte)'Z') return null;
        return at + 1;
    }

    /// <summary>After "/ID": <c>[ &lt;hex&gt; &lt;hex&gt;</c>, with optional white space; the two hex strings' spans.</summary>
    private static ((int Start, int Length), (int Start, int Length))? TrailerIds(byte[] pdf, int at)
    {
        at = SkipWhite(pdf, at);
        if (at >= pdf.Length || pdf[at] != (byte)'[') return null;
        if (HexString(pdf, SkipWhite(pdf, at + 1)) is not { } first) return null;
        if (HexString(pdf, SkipWhite(pdf, first.Start + first.Length + 1)) is not { } second) return null;
        return (first, second);
    }

    /// <summary>At <paramref name="at"/>: &lt;, one or more hex digits, &gt;; the digits' span.</summary>
    private static (int Start, int Length)? HexString(byte[] pdf, int at)
    {
        if (at >= pdf.Length || pdf[at] != (byte)'<') return null;
        int end = at + 1;
        while (end < pdf.Length && char.IsAsciiHexDigit((char)pdf[end])) end++;
        return end > at + 1 && end < pdf.Length && pdf[end] == (byte)'>' ? (at + 1, end - at - 1) : null;
    }

    /// <summary>8-4-4-4-12 hex digits.</summary>
    private static bool IsUuid(ReadOnlySpan<byte> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            bool dash = i is 8 or 13 or 18 or 23;
            if (dash ? text[i] != (byte)'-' : !char.IsAsciiHexDigit((char)text[i])) return false;
        }
        return true;
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
}
