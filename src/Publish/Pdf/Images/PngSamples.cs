namespace Publish.Pdf.Images;

/// <summary>
/// A decoded PNG as 8-bit planes, rows from the top: <paramref name="Colour"/> with
/// <paramref name="ColourChannels"/> bytes per pixel (1 grey, 3 RGB; null when only the alpha was
/// asked for) and <paramref name="Alpha"/>, one byte per pixel (null when every pixel is opaque).
/// </summary>
internal sealed record PngSamples(byte[]? Colour, int ColourChannels, byte[]? Alpha);
