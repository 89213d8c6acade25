using System.Text;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Publish.Pdf;
using Publish.Tests.Pdf;
using Publish.Tests.Support;
using Publish.Typesetting.Frames;

namespace Publish.Tests.Properties;

/// <summary>
/// Hostile text in everything the PDF writer puts in strings and names — titles, authors,
/// outline entries, anchor names, link targets: PDF delimiters, backslashes, "endstream" and
/// "%%EOF", control characters, lone surrogates, right-to-left marks, astral characters. The file
/// always opens in a parser we did not write (PDFsharp's), its title and outline come back as
/// given, and its XMP packet is well-formed XML.
/// </summary>
public sealed class PdfWriterProperties
{
    private const int Cases = 150;

    private static readonly string[] Fragments =
    [
        "(", ")", "\\", "\\(", "()", "<", ">", "<<", ">>", "[", "]", "{", "}", "/", "%", "#", "endstream", "endobj",
        "%%EOF", "trailer", "\r", "\n", "\r\n", "\t", "\u0000", "\u0001", "\u001F", "\u007F", "\u00AD", "\u00FF",
        "\u202E", "\uFEFF", "\uFFFE", "\uFFFF", "\uD800", "\uDC00", "😀", "𝔘", "Рабочая", "労働者", "&amp;", "]]>",
        "\"", "'", " ", "plain words",
    ];

    private static readonly Gen<string> Text =
        from parts in Gen.ListOf(Gen.Frequency((4, Gen.Elements(Fragments)), (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""))))
        select string.Concat(parts);

    private static readonly Gen<(string Title, string Author, string Entry, string Anchor, string Url)> Strings =
        from title in Text
        from author in Text
        from entry in Text
        from anchor in Text
        from url in Text
        select (title, author, entry, anchor, url);

    [Property(MaxTest = Cases)]
    public Property Hostile_strings_give_a_readable_file() =>
        Prop.ForAll(Strings.ToArbitrary(), s =>
        {
            var pages = new[]
            {
                TestFrames.A5(
                    new OutlineEntry(s.Entry, 1, 56), new Anchor(s.Anchor, 56), TestFrames.Run("Text", 56, 80),
                    new LinkArea(new Rect(56, 70, 40, 12), s.Anchor, External: false),
                    new LinkArea(new Rect(56, 90, 40, 12), s.Url, External: true)),
            };
            var options = new PdfRenderOptions { Title = s.Title, Author = s.Author, Subject = s.Entry, Keywords = s.Url, Language = s.Anchor };
            var pdf = PdfRenderer.Render(pages, options, TestFrames.Fonts);

            using var doc = PdfFile.Open(pdf);
            bool title = s.Title.Length == 0 || !IsWellFormed(s.Title) || doc.Info.Title == s.Title;
            bool outline = doc.Outlines.Count == 1 && (!IsWellFormed(s.Entry) || doc.Outlines[0].Title == s.Entry);
            var text = Encoding.UTF8.GetString(pdf);
            int start = text.IndexOf("<x:xmpmeta", StringComparison.Ordinal), end = text.IndexOf("</x:xmpmeta>", StringComparison.Ordinal);
            bool xmp = start >= 0 && end > start && XDocument.Parse(text[start..(end + "</x:xmpmeta>".Length)]) is not null;
            return (doc.PageCount == 1 && title && outline && xmp).Label($"pages {doc.PageCount}, title {title}, outline {outline}, xmp {xmp}");
        });

    /// <summary>No lone surrogates: such a string cannot survive any encoding round trip, ours or PDFsharp's.</summary>
    private static bool IsWellFormed(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return false;
        }
        return true;
    }
}
