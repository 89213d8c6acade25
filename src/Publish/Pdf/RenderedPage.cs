using System.Text;
using Publish.Typesetting.Frames;

namespace Publish.Pdf;

/// <summary>
/// One page as PDF content, before it belongs to a file: its content stream (deflated once the
/// whole document is drawn), the font and image resource names it uses (in the order first used),
/// its links and its geometry. A page of a document becomes a page object; in a booklet it
/// becomes a form drawn onto a sheet.
/// </summary>
internal sealed class RenderedPage(Page page, PageGeometry geometry)
{
    /// <summary>The frame page drawn.</summary>
    public Page Page { get; } = page;

    /// <summary>Where the frame page lies in the media box.</summary>
    public PageGeometry Geometry { get; } = geometry;

    /// <summary>The content stream while it is drawn.</summary>
    public StringBuilder Content { get; } = new(4096);

    /// <summary>The deflated content stream (set by <see cref="RenderedDocument"/>).</summary>
    public byte[] CompressedContent { get; set; } = [];

    /// <summary>Font resource names used on the page ("/F0").</summary>
    public List<string> Fonts { get; } = [];

    /// <summary>Image resource names used on the page ("/Im0").</summary>
    public List<string> Images { get; } = [];

    /// <summary>The page's link areas (none in print mode).</summary>
    public List<LinkArea> Links { get; } = [];

    /// <summary>Notes a resource the content uses, once.</summary>
    public static void Use(List<string> names, string name)
    {
        if (!names.Contains(name)) names.Add(name);
    }
}
