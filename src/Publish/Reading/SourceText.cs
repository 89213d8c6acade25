using System.Text;
using Publish.Diagnostics;

namespace Publish.Reading;

/// <summary>
/// Reads a source file's bytes as strict UTF-8: invalid sequences and NUL bytes are reported
/// with the line and column where they occur, instead of being replaced silently.
/// </summary>
internal static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Bytes → text with line endings normalised to '\n', or a PUB1005 diagnostic.</summary>
    public static string Decode(byte[] bytes, string path)
    {
        int nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0) throw Fail(bytes, nul, path, "NUL byte in the source");
        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw Fail(bytes, Math.Max(0, e.Index), path, "invalid UTF-8 byte sequence");
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return text.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    private static DiagnosticException Fail(byte[] bytes, int offset, string path, string message)
    {
        int line = 1, column = 1;
        for (int i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') { line++; column = 1; }
            else if ((bytes[i] & 0xC0) != 0x80) column++;
        }
        return new DiagnosticException(new Diagnostic(Codes.InvalidEncoding, Severity.Error, path, line, column, message));
    }
}
