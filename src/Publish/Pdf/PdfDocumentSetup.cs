using PdfSharp.Pdf;

namespace Publish.Pdf;

/// <summary>
/// Sets a new document's information, language, dates and writer options the way every
/// Publish PDF wants them: fixed dates (for reproducible bytes) and no compression by PDFsharp
/// (<see cref="PdfFileFinisher"/> compresses the streams itself, with a complete zlib trailer).
/// </summary>
internal static class PdfDocumentSetup
{
    /// <summary>Applies <paramref name="options"/> to <paramref name="document"/>.</summary>
    public static void Apply(PdfDocument document, PdfRenderOptions options)
    {
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        if (options.Title.Length > 0) document.Info.Title = options.Title;
        if (options.Author.Length > 0) document.Info.Author = options.Author;
        if (options.Subject.Length > 0) document.Info.Subject = options.Subject;
        if (options.Keywords.Length > 0) document.Info.Keywords = options.Keywords;
        document.Info.Creator = "Publish";
        document.Info.CreationDate = options.CreationDate.UtcDateTime;
        document.Info.ModificationDate = (options.ModificationDate ?? options.CreationDate).UtcDateTime;
        if (options.Language.Length > 0) document.Language = options.Language;
        document.PageLayout = PdfPageLayout.SinglePage;
    }

    /// <summary>Fixed dates and uncompressed writing for documents without render options (imposition).</summary>
    public static void ApplyDates(PdfDocument document, DateTimeOffset creation)
    {
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        document.Info.Creator = "Publish";
        document.Info.CreationDate = creation.UtcDateTime;
        document.Info.ModificationDate = creation.UtcDateTime;
    }
}
