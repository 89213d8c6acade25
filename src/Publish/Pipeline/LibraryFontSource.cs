using Publish.Pdf;
using Publish.Typesetting.Fonts;

namespace Publish.Pipeline;

/// <summary>Serves the PDF backend the bytes of the fonts the typesetter used.</summary>
internal sealed class LibraryFontSource(FontLibrary library) : IFontSource
{
    public byte[] GetFontData(string key) => library.Get(key).Data;
}
