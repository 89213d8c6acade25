using Publish.Epub;
using Publish.Model;
using Xunit;

namespace Publish.Tests.Epub;

/// <summary>Images are read from the pamphlet folder; remote, missing and unknown ones are left out.</summary>
public sealed class EpubImagesTests
{
    [Fact]
    public void Images_are_collected_with_their_media_types()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"publish-epub-images-{Environment.ProcessId}");
        Directory.CreateDirectory(Path.Combine(folder, "art"));
        File.WriteAllBytes(Path.Combine(folder, "art", "a photo.JPG"), [0xFF, 0xD8, 0xFF, 0xD9]);
        File.WriteAllBytes(Path.Combine(folder, "map.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray());
        File.WriteAllBytes(Path.Combine(folder, "notes.txt"), [1]);
        var doc = new Document("s", Path.Combine(folder, "pamphlet.md"), new Metadata { Title = "S" },
        [
            new Section("a", null,
            [
                new Figure("art/a%20photo.JPG", "photo", []),
                new Paragraph([new Image("map.svg", "map"), new Image("https://example.org/x.png", "remote"),
                    new Image("gone.png", "gone"), new Image("notes.txt", "text"), new Image("map.svg", "again")]),
            ]),
        ], []);

        var images = EpubImages.Collect(doc);

        Assert.Equal([("images/a_photo.jpg", "image/jpeg"), ("images/map.svg", "image/svg+xml")],
            images.Items.Select(i => (i.Href, i.MediaType)));
        Assert.Null(images.Href("gone.png"));
        Assert.Null(images.Href("https://example.org/x.png"));
        Assert.Equal("images/map.svg", images.Href("map.svg"));
    }
}
