using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Publish.Pdf;

/// <summary>
/// Adds an output intent to print PDFs: a <c>/OutputIntents</c> entry in the catalogue whose
/// destination profile is the sRGB ICC profile (the ICC's sRGB2014.icc, freely redistributable,
/// which PDFsharp ships as a resource for its PDF/A support). Publish draws in device RGB, so
/// this tells a print shop's RIP what those RGB numbers mean. It is not a PDF/X claim: PDF/X
/// wants a printing-condition (CMYK) characterisation, <c>GTS_PDFXVersion</c>, the
/// <c>Trapped</c> key and matching XMP, which PDFsharp 6.5 does not write and we do not fake.
/// </summary>
internal static class OutputIntent
{
    private const string ProfileResource = "PdfSharp.Resources.sRGB2014.icc";
    public const string Condition = "sRGB IEC61966-2.1";

    private static readonly Lazy<byte[]?> Profile = new(() =>
    {
        using var stream = typeof(PdfDocument).Assembly.GetManifestResourceStream(ProfileResource);
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>True when the profile is available (it is, unless PDFsharp stops shipping it).</summary>
    public static bool Available => Profile.Value is not null;

    public static void Add(PdfDocument document)
    {
        if (Profile.Value is not { } icc) return;
        var profile = new PdfDictionary(document);
        profile.Elements.SetInteger("/N", 3);
        profile.CreateStream(icc);
        document.Internals.AddObject(profile);

        var intent = new PdfDictionary(document);
        intent.Elements.SetName("/Type", "/OutputIntent");
        intent.Elements.SetName("/S", "/GTS_PDFX");
        intent.Elements.SetString("/OutputConditionIdentifier", Condition);
        intent.Elements.SetString("/RegistryName", "http://www.color.org");
        intent.Elements.SetString("/Info", Condition);
        intent.Elements.SetReference("/DestOutputProfile", profile);
        document.Internals.AddObject(intent);

        var intents = new PdfArray(document);
        intents.Elements.Add(intent.Reference!);
        document.Internals.Catalog.Elements["/OutputIntents"] = intents;
    }
}
