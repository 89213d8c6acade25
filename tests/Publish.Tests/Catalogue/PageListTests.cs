using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Publish.Tests.Support;
using Xunit;

namespace Publish.Tests.Catalogue;

/// <summary>The EPUB's page list names the print edition's pages: the words after each marker are on that printed page.</summary>
public sealed partial class PageListTests(CatalogueFixture catalogue) : IClassFixture<CatalogueFixture>
{
    [SkippableFact]
    public void Page_list_entries_land_on_the_print_pages_that_carry_their_words()
    {
        var pdftotext = ExternalTool.Require("pdftotext");
        int checkedEntries = 0;
        foreach (var result in catalogue.Results)
        {
            var epub = Path.Combine(catalogue.Output, result.Slug, result.Slug + ".epub");
            var print = Path.Combine(catalogue.Output, result.Slug, result.Slug + "-print.pdf");
            using var zip = ZipFile.OpenRead(epub);
            var docs = zip.Entries.Where(e => e.FullName.EndsWith(".xhtml"))
                .ToDictionary(e => Path.GetFileName(e.FullName), e => XDocument.Load(e.Open()));
            var pageList = docs["nav.xhtml"].Descendants().First(e => e.Name.LocalName == "nav" && (string?)e.Attribute(XName.Get("type", "http://www.idpf.org/2007/ops")) == "page-list");
            foreach (var link in pageList.Descendants().Where(e => e.Name.LocalName == "a"))
            {
                var label = link.Value.Trim();
                var href = ((string)link.Attribute("href")!).Split('#');
                var marker = docs[Path.GetFileName(href[0])].Descendants().Single(e => (string?)e.Attribute("id") == href[1]);
                // The words that follow the marker in reading order.
                var following = string.Concat(marker.ElementsAfterSelf().Take(1).Select(e => e.Value));
                var words = Words(following).Take(3).ToList();
                if (words.Count == 0) continue;
                var page = Words(ExternalTool.Run(pdftotext, "-f", label, "-l", label, print, "-").Output);
                Assert.True(ContainsRun(page, words), $"{result.Slug}: page-list entry {label} starts with '{string.Join(' ', words)}', not found on print page {label}");
                checkedEntries++;
            }
        }
        Assert.True(checkedEntries > 10, $"only {checkedEntries} page-list entries checked");
    }

    private static bool ContainsRun(List<string> page, List<string> words)
    {
        var text = " " + string.Join(' ', page) + " ";
        return text.Contains(" " + string.Join(' ', words) + " ") || words.All(page.Contains);
    }

    private static List<string> Words(string text) =>
        Word().Matches(text.Replace("-\n", "").ToLowerInvariant().Replace('’', '\'').Replace("'", "")).Select(m => m.Value).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
