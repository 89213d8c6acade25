using System.Text;
using Publish.Pdf.Objects;

namespace Publish.Pdf;

/// <summary>
/// The output intent of print PDFs: a <c>/OutputIntents</c> entry in the catalogue whose
/// destination profile is sRGB (Argyll CMS's public-domain sRGB.icc, from Debian's texlive-base,
/// embedded in the assembly; see Resources/sRGB-LICENSE.txt). Publish draws in device RGB, so this
/// tells a print shop's RIP what those RGB numbers mean. It is not a PDF/X claim: PDF/X wants a
/// printing-condition (CMYK) characterisation, <c>GTS_PDFXVersion</c>, the <c>Trapped</c> key
/// and matching XMP, which we do not write and do not fake.
/// </summary>
internal static class OutputIntent
{
    public const string Condition = "sRGB IEC61966-2.1";

    private static readonly Lazy<byte[]> Profile = new(() =>
    {
        using var stream = typeof(OutputIntent).Assembly.GetManifestResourceStream("Publish.Pdf.sRGB.icc")
            ?? throw new InvalidOperationException("the sRGB profile is missing from the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return ContentStreams.Deflate(copy.ToArray());
    });

    /// <summary>Writes the profile and the intent and returns the catalogue's /OutputIntents array.</summary>
    public static string Write(PdfFileWriter writer)
    {
        int profile = writer.Reserve(), intent = writer.Reserve();
        writer.WriteStream(profile, "/N 3/Filter/FlateDecode", Profile.Value);
        writer.WriteObject(intent, new StringBuilder("<</Type/OutputIntent/S/GTS_PDFX/OutputConditionIdentifier").AppendText(Condition)
            .Append("/RegistryName(http://www.color.org)/Info").AppendText(Condition).Append("/DestOutputProfile ").AppendReference(profile).Append(">>"));
        return new StringBuilder("[").AppendReference(intent).Append(']').ToString();
    }
}
