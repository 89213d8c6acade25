using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Publish.Tests.Support;

/// <summary>
/// Opens a PDF we wrote with PDFsharp's reader: a parser we did not write, so the tests check
/// the file's structure independently of our writer. PDFsharp is a test dependency only
/// (AGPL-3.0, as is this project); its licence call must precede the first read.
/// </summary>
internal static class PdfFile
{
    private static readonly Lazy<bool> Licensed = new(() =>
    {
        PdfSharp.PdfSharpLicense.SetAgplLicense();
        return true;
    });

    /// <summary>The document in <paramref name="pdf"/>, opened for reading.</summary>
    public static PdfDocument Open(byte[] pdf)
    {
        _ = Licensed.Value;
        return PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
    }
}
