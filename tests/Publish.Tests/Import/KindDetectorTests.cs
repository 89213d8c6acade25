using Publish.Import;
using Xunit;

namespace Publish.Tests.Import;

public class KindDetectorTests
{
    [Fact]
    public void Detects_a_wiki_export() =>
        Assert.Equal(ImportKind.Wiki, KindDetector.Detect("---\ntitle: A Page\npermalink: /A_Page/\n---\n\nSee [the union](Union.md \"wikilink\").\n").Kind);

    [Fact]
    public void Detects_a_muse_file() =>
        Assert.Equal(ImportKind.Library, KindDetector.Detect("#title A Text\n#author Someone\n#lang en\n\n* Part one\n\nSome text[1].\n").Kind);

    [Fact]
    public void Detects_a_mail_post()
    {
        var text = "From: Jane <jane@example.org>\nDate: Mon, 3 Jun 1996 10:00:00 +0100\nSubject: Re: the strike\n\n>You wrote this.\n>And this.\n\nMy answer.\n-- \nJane\n";
        Assert.Equal(ImportKind.Mail, KindDetector.Detect(text).Kind);
    }

    [Fact]
    public void Detects_an_ocr_scan()
    {
        var page = "The workers of the revolu-\ntionary period found that the com-\nmittees were   •\nno longer theirs. Severàl of them\nwere removed from the fac-\ntory councils by the party.\n12\n";
        var detection = KindDetector.Detect(string.Concat(Enumerable.Repeat(page, 4)));
        Assert.Equal(ImportKind.Ocr, detection.Kind);
        Assert.InRange(detection.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void Falls_back_to_an_article()
    {
        var line = new string('x', 10) + " " + string.Join(" ", Enumerable.Repeat("This is a long paragraph of a web article.", 6));
        var detection = KindDetector.Detect($"By Jane Smith\n{line}\n{line}\n");
        Assert.Equal(ImportKind.Article, detection.Kind);
        Assert.Contains("byline", detection.Reason);
    }
}
