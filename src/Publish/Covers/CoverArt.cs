using Publish.Diagnostics;
using Publish.Model;

namespace Publish.Covers;

/// <summary>
/// Finds and opens cover art: the front matter's <c>cover: { image: … }</c> (relative to the
/// pamphlet folder, then to the repository root), else <c>covers/&lt;slug&gt;.png</c>, <c>.jpg</c>
/// or <c>.jpeg</c>. Decoding is for the PNG rasterizer only: the PDF embeds the file itself.
/// </summary>
internal static class CoverArt
{
    private static readonly string[] Extensions = [".png", ".jpg", ".jpeg"];

    /// <summary>
    /// The art file for a pamphlet, or null. A named image that does not exist is reported
    /// (PUB6303) and ignored.
    /// </summary>
    public static string? Find(Metadata meta, string slug, string coversDir, string pamphletDir, DiagnosticBag? diagnostics = null, string sourcePath = "pamphlet.md")
    {
        if (meta.Cover?.Image is { Length: > 0 } image)
        {
            var root = Path.GetDirectoryName(Path.GetFullPath(coversDir)) ?? coversDir;
            foreach (var candidate in new[] { Path.Combine(pamphletDir, image), Path.Combine(root, image) })
                if (File.Exists(candidate)) return Path.GetFullPath(candidate);
            diagnostics?.Warning(Codes.CoverArtMissing, sourcePath, 1, 1, $"cover image '{image}' not found next to the pamphlet or in the repository");
            return null;
        }
        foreach (var extension in Extensions)
        {
            var candidate = Path.Combine(coversDir, slug + extension);
            if (File.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        return null;
    }

    /// <summary>
    /// Decodes PNG or JPEG art for the rasterizer, or returns null with a diagnostic (PUB6304 for
    /// PNG, PUB6306 corrupt or PUB6307 unsupported JPEG); the rasterizer then draws a grey box.
    /// </summary>
    public static RasterImage? TryDecode(string path, DiagnosticBag? diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            diagnostics?.Warning(Codes.CoverArtMissing, path, 1, 1, $"cover art could not be read: {e.Message}");
            return null;
        }
        if (Jpeg.JpegDecoder.IsJpeg(bytes))
        {
            try
            {
                return Jpeg.JpegDecoder.Decode(bytes);
            }
            catch (InvalidDataException e)
            {
                diagnostics?.Warning(Codes.JpegCorrupt, path, 1, 1, $"cover art JPEG not drawn: {e.Message}; a grey box stands in on the PNG cover");
                return null;
            }
            catch (NotSupportedException e)
            {
                diagnostics?.Warning(Codes.JpegUnsupported, path, 1, 1, $"cover art JPEG not drawn: {e.Message} is not supported; a grey box stands in on the PNG cover");
                return null;
            }
        }
        if (!PngDecoder.IsPng(bytes))
        {
            diagnostics?.Warning(Codes.CoverArtUndrawable, path, 1, 1, "cover art is neither PNG nor JPEG; a grey box stands in on the PNG cover");
            return null;
        }
        try
        {
            return PngDecoder.Decode(bytes);
        }
        catch (InvalidDataException e)
        {
            diagnostics?.Warning(Codes.CoverArtUndrawable, path, 1, 1, $"cover art PNG not drawn: {e.Message}; a grey box stands in");
            return null;
        }
    }
}
