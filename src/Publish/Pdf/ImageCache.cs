using PdfSharp.Drawing;

namespace Publish.Pdf;

/// <summary>
/// Opens each image file once per document (PNG or JPEG via XImage), so an image used on
/// several pages is embedded once. Disposes the images with the document.
/// </summary>
internal sealed class ImageCache : IDisposable
{
    private readonly Dictionary<string, XImage> _images = new(StringComparer.Ordinal);

    /// <summary>The image for a file path.</summary>
    public XImage Get(string path)
    {
        var full = Path.GetFullPath(path);
        if (!_images.TryGetValue(full, out var image))
        {
            image = XImage.FromFile(full);
            _images[full] = image;
        }
        return image;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var image in _images.Values) image.Dispose();
        _images.Clear();
    }
}
