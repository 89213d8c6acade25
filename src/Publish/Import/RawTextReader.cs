using System.Text;

namespace Publish.Import;

/// <summary>
/// Reads a raw text as received: UTF-8 (with or without BOM), falling back to Windows-1252-like
/// Latin-1 when the bytes are not valid UTF-8; line ends become <c>\n</c>, NUL bytes are dropped.
/// </summary>
internal static class RawTextReader
{
    public static string Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(bytes);
        }
        return Normalise(text);
    }

    /// <summary>Unifies line ends, drops BOM and NULs, turns no-break spaces and tabs into spaces where they only pad.</summary>
    public static string Normalise(string text) =>
        text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Replace("\0", "").Replace('\u00A0', ' ');
}
