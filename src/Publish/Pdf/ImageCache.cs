using System.Text;
using Publish.Diagnostics;
using Publish.Pdf.Images;
using Publish.Pdf.Objects;

namespace Publish.Pdf;

/// <summary>
/// The images of one document: each file read once (PNG or JPEG, see <see cref="PdfImage"/>) and
/// numbered in the order first drawn, so an image used on several pages is embedded once.
/// </summary>
internal sealed class ImageCache
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly List<PdfImage> _images = [];

    /// <summary>
    /// The image of a file with its resource name ("/Im0"). A file that cannot be read or is not a
    /// PNG or JPEG PDF can hold fails the document with PUB2007 at the image's path: a print
    /// edition must not go out with a figure silently missing.
    /// </summary>
    public (string ResourceName, PdfImage Image) Get(string path)
    {
        var full = Path.GetFullPath(path);
        if (!_indexes.TryGetValue(full, out int index))
        {
            index = _images.Count;
            _images.Add(Read(full));
            _indexes[full] = index;
        }
        return (ResourceName(index), _images[index]);
    }

    private static PdfImage Read(string path)
    {
        try
        {
            return PdfImage.FromFile(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new DiagnosticException(new Diagnostic(Codes.ImageUnreadable, Severity.Error, path, 1, 1,
                $"image cannot be placed in the PDF: {e.Message}"));
        }
    }

    /// <summary>Writes every image as an image XObject (with its soft mask) and returns their object numbers by resource name.</summary>
    public IReadOnlyDictionary<string, int> Write(PdfFileWriter writer)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _images.Count; i++) numbers[ResourceName(i)] = WriteImage(writer, _images[i]);
        return numbers;
    }

    private static int WriteImage(PdfFileWriter writer, PdfImage image)
    {
        int number = writer.Reserve();
        int? mask = image.SoftMask is { } softMask ? WriteImage(writer, softMask) : null;
        var entries = new StringBuilder("/Type/XObject/Subtype/Image/Width ").Append(image.Width).Append("/Height ").Append(image.Height)
            .Append("/ColorSpace").Append(image.ColourSpace).Append("/BitsPerComponent ").Append(image.BitsPerComponent)
            .Append("/Filter").Append(image.Filter);
        if (image.DecodeParms is { } parms) entries.Append("/DecodeParms").Append(parms);
        if (image.Decode is { } decode) entries.Append("/Decode").Append(decode);
        if (mask is int m) entries.Append("/SMask ").AppendReference(m);
        writer.WriteStream(number, entries.ToString(), image.Data);
        return number;
    }

    private static string ResourceName(int index) => "/Im" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
