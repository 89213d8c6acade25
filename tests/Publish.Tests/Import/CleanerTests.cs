using Publish.Import;
using Xunit;

namespace Publish.Tests.Import;

public class CleanerTests
{
    private static ImportedPamphlet Clean(ICleaner cleaner, string text) => cleaner.Clean(text, ImportTestSupport.Context());

    [Fact]
    public void Wiki_links_become_text_categories_go_and_external_links_stay()
    {
        var text = "---\ntitle: On Strikes (Pamphlet)\npermalink: /On_Strikes/\n---\n\nA text on [the\nunions](Trade_Union.md \"wikilink\") and <a class=\"wikilink\" href=\"X\">councils</a>, see [the archive](https://example.org/a).\n\n[Category:Pamphlets](Category:Pamphlets.md \"wikilink\")\n[[Category:Texts]]\nCategories: Pamphlets, Texts\n";
        var p = Clean(new WikiCleaner(), text);
        Assert.Equal("On Strikes", p.Meta.Title);
        var body = string.Join("\n", p.Blocks);
        Assert.Contains("A text on the unions and councils, see [the archive](https://example.org/a).", body);
        Assert.DoesNotContain("wikilink", body);
        Assert.DoesNotContain("Category", body);
    }

    [Fact]
    public void Wiki_transcript_becomes_the_text_and_the_lead_the_description()
    {
        var text = "---\ntitle: X\n---\n\n**X** is a 1965 leaflet written by Ann Smith and published by Solidarity. It is short.\n\n## Transcript\n\nThe text itself.\n\n## External Links\n\n- [X](https://example.org/x) at example.org\n";
        var p = Clean(new WikiCleaner(), text);
        Assert.Equal(["The text itself."], p.Blocks);
        Assert.Equal("1965", p.Meta.Date);
        Assert.Equal(["Ann Smith"], p.Meta.Authors);
        Assert.Equal("Solidarity", p.Meta.Publisher);
        Assert.Equal("https://example.org/x", p.Meta.SourceUrl);
    }

    [Fact]
    public void Library_export_title_page_notes_and_contents()
    {
        var text = "The Anarchist Library\nAnti-Copyright\n\n# On Councils\n\nAnn Smith\n\nAnn Smith  \nOn Councils  \n3 May 1999\n\nRetrieved on 1 June 2020 from [example.org](http://example.org).\n\n## **Contents**\n\n<b>The First Part</b> . . . . .\t3\n\n## The First Part\n\nA text with a note<sup>1</sup> and <em>emphasis</em>.\n\n---\n\n<sup>1</sup> The note text.\n";
        var p = Clean(new LibraryCleaner(), text);
        Assert.Equal("On Councils", p.Meta.Title);
        Assert.Equal(["Ann Smith"], p.Meta.Authors);
        Assert.Equal("1999-05-03", p.Meta.Date);
        Assert.Equal("http://example.org", p.Meta.SourceUrl);
        Assert.Equal("Anti-Copyright", p.Meta.Rights);
        Assert.Equal(["# The First Part", "A text with a note[^1] and *emphasis*."], p.Blocks);
        Assert.Equal(new ImportedNote("1", "The note text."), Assert.Single(p.Notes));
    }

    [Fact]
    public void Library_muse_header_and_markup()
    {
        var text = "#title On Councils\n#author Ann Smith\n#date 1999\n#topics councils, strikes\n\n* Part One\n\n** A Chapter\n\nSome *emphasis* and a note [1] and [[https://example.org][a link]].\n\n[1] The note.\n";
        var p = Clean(new LibraryCleaner(), text);
        Assert.Equal("On Councils", p.Meta.Title);
        Assert.Equal(["councils", "strikes"], p.Meta.Subjects);
        Assert.Equal(["# Part One", "## A Chapter", "Some *emphasis* and a note[^1] and [a link](https://example.org)."], p.Blocks);
        Assert.Equal("The note.", Assert.Single(p.Notes).Text);
    }

    [Fact]
    public void Mail_headers_quotes_signature_and_escapes()
    {
        var text = "From: Ann Smith <ann@example.org>\nDate: Mon, 3 Jun 1996 10:00:00 +0100\nSubject: Re: [list] On strikes\n\n>You said the strike\n>was over.\n\nIt was not.  We went on\n>from there.\n        A new paragraph.\n-- \nAnn\n_______________\nlist mailing list\n";
        var p = Clean(new MailCleaner(), text);
        Assert.Equal("On strikes", p.Meta.Title);
        Assert.Equal(["Ann Smith"], p.Meta.Authors);
        Assert.Equal("1996-06-03", p.Meta.Date);
        Assert.Equal(["> You said the strike was over.", "It was not. We went on from there.", "A new paragraph."], p.Blocks);
    }

    [Fact]
    public void Mail_nested_quotes_and_mbox_line()
    {
        var text = "From ann@example.org Mon Jun  3 10:00:00 1996\nFrom: ann@example.org (Ann Smith)\nSubject: Strikes\n\nBob wrote:\n> The strike\n> failed.\n>\n> > The miners\n> > held out.\n\nNot so.\n";
        var p = Clean(new MailCleaner(), text);
        Assert.Equal(["Ann Smith"], p.Meta.Authors);
        Assert.Equal(["Bob wrote:", "> The strike failed.\n>\n>> The miners held out.", "Not so."], p.Blocks);
    }

    [Fact]
    public void Article_byline_headings_and_boilerplate()
    {
        var text = "By Ann Smith\nThe first paragraph of the article, long enough to be text.\nShare this article\nA heading line\nThe second paragraph, which as Marx put it\n“Workers of the world, unite”.\n";
        var p = Clean(new ArticleCleaner(), text);
        Assert.Equal(["Ann Smith"], p.Meta.Authors);
        Assert.Equal(
            ["The first paragraph of the article, long enough to be text.", "## A heading line", "The second paragraph, which as Marx put it", "> “Workers of the world, unite”."],
            p.Blocks);
    }
}
