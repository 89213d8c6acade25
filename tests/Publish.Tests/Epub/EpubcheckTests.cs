using System.Text.RegularExpressions;
using Publish.Model;
using Publish.Tests.Support;
using Xunit;

namespace Publish.Tests.Epub;

/// <summary>
/// The fixture EPUBs pass epubcheck with no errors and no warnings. The files are left in
/// the temp folder (publish-epub-tests/) for reading by hand.
/// </summary>
public sealed class EpubcheckTests
{
    [SkippableFact]
    public void Fixture_with_cover_and_page_list_passes_epubcheck() =>
        AssertClean("full", EpubFixture.Build());

    [SkippableFact]
    public void Chapter_endnotes_without_cover_or_pages_pass_epubcheck() =>
        AssertClean("chapter-notes", EpubFixture.Build(
            EpubFixture.Document(NotesMode.ChapterEndnotes), EpubFixture.Options(cover: false, pages: false)));

    [SkippableFact]
    public void German_pamphlet_without_notes_chronology_or_metadata_with_unicode_ids_passes_epubcheck()
    {
        var doc = EpubFixture.Document();
        doc = doc with
        {
            Notes = [],
            Chronology = null,
            Sections =
            [
                new Section("text", null, [new Paragraph([new Text("Only text, see "), new Link("#über-uns", null, [new Text("below")]), new Text(".")])]),
                new Section("über-uns", new Heading(1, [new Text("Über uns")], "über-uns"), [new Paragraph([new Text("Wir.")])]),
            ],
            Metadata = new Metadata { Title = "Bare", Identifier = "", Lang = "de" },
        };
        var options = new Publish.Epub.EpubOptions(PageBreaks: [new("iii", "text"), new("1", "über-uns"), new("1", "p-über-uns-1")])
            { BaseCss = EpubFixture.Options().BaseCss };
        AssertClean("bare", EpubFixture.Build(doc, options));
    }

    private static void AssertClean(string name, byte[] epub)
    {
        var jar = ExternalTool.RequireEpubcheckJar();
        var folder = Path.Combine(Path.GetTempPath(), "publish-epub-tests");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".epub");
        File.WriteAllBytes(path, epub);

        var (exitCode, output) = ExternalTool.Run("java", "-jar", jar, path);
        int errors = Regex.Matches(output, @"^(ERROR|FATAL)\(", RegexOptions.Multiline).Count;
        int warnings = Regex.Matches(output, @"^WARNING\(", RegexOptions.Multiline).Count;
        Assert.True(errors == 0 && warnings == 0 && exitCode == 0, $"epubcheck on {path}:\n{output}");
        Assert.Contains("No errors or warnings detected", output);
    }
}
