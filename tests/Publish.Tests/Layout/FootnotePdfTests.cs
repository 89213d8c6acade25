using System.IO.Compression;
using Publish.Pipeline;
using Publish.Tests.Support;
using Publish.Tests.Typesetting;
using Xunit;

namespace Publish.Tests.Layout;

/// <summary>
/// <c>notes: footnotes</c> through the whole build: in the screen PDF each reference links to its
/// note and the note back to the reference, both on the same page; the print interior carries the
/// same pages of text and notes; the EPUB keeps endnotes; a note held over is reported.
/// </summary>
public sealed class FootnotePdfTests
{
    private static PamphletResult Build(TempFolder temp, string markdown, OutputFormat formats)
    {
        var dir = temp.Pamphlet("footnoted", $"---\ntitle: Footnoted\nnotes: footnotes\n---\n\n{markdown}\n");
        var services = new BuildServices(new Workspace(TestPaths.Root)) { SourceDateEpoch = null };
        var result = new PamphletBuilder(services).Build(dir, Path.Combine(temp.Path, "out"), formats);
        Assert.False(result.Failed, string.Join("\n", result.Diagnostics));
        return result;
    }

    [SkippableFact]
    public void Note_links_work_both_ways_on_the_same_page()
    {
        ExternalTool.Require("qpdf");
        using var temp = TestPaths.Temp();
        var result = Build(temp, NoteHeavyText.Markdown(paragraphs: 45), OutputFormat.Pdf);
        var qpdf = QpdfObjects.Load(result.Outputs.Single(o => o.EndsWith("footnoted.pdf", StringComparison.Ordinal)));
        var names = qpdf.NamedDestinations();
        var links = qpdf.LinkTargets().Where(l => !l.External).ToList();
        var notes = names.Keys.Where(k => k.StartsWith("note-", StringComparison.Ordinal)).ToList();
        Assert.True(notes.Count >= 35, $"only {notes.Count} note destinations");
        var problems = new List<string>();
        foreach (var note in notes)
        {
            var page = names[note];
            if (!links.Any(l => l.Target == note && l.Page == page)) problems.Add($"{note} on p{page}: no reference on its page links to it");
            var back = links.Where(l => l.Page == page && l.Target == "ref-" + note["note-".Length..]).ToList();
            // A note cited inside another note links back to that note's reference, on the same page too.
            var target = back.Count > 0 ? back[0].Target : links.FirstOrDefault(l => l.Page == page && l.Target.StartsWith("ref-" + note["note-".Length..] + "-", StringComparison.Ordinal))?.Target;
            if (target is null) problems.Add($"{note} on p{page} has no link back to its reference");
            else if (names.GetValueOrDefault(target) != page) problems.Add($"{note} on p{page} links back to {target} on p{names.GetValueOrDefault(target)}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [SkippableFact]
    public void The_print_interior_has_the_same_footnotes_and_the_epub_keeps_endnotes()
    {
        var pdftotext = ExternalTool.Require("pdftotext");
        using var temp = TestPaths.Temp();
        var result = Build(temp, NoteHeavyText.Markdown(paragraphs: 30), OutputFormat.Pdf | OutputFormat.Print | OutputFormat.Epub);
        string Text(string suffix)
        {
            var (exit, text) = ExternalTool.Run(pdftotext, "-enc", "UTF-8", result.Outputs.Single(o => o.EndsWith(suffix, StringComparison.Ordinal)), "-");
            Assert.Equal(0, exit);
            return text;
        }
        // The screen PDF opens on its cover; then its pages are the print interior's, page for page.
        var screen = Text("footnoted.pdf").Split('\f').Skip(1).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var print = Text("footnoted-print.pdf").Split('\f').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        Assert.Equal(screen, print);

        using var epub = ZipFile.OpenRead(result.Outputs.Single(o => o.EndsWith(".epub", StringComparison.Ordinal)));
        var notes = epub.GetEntry("OEBPS/notes.xhtml");
        Assert.NotNull(notes);
        using var reader = new StreamReader(notes.Open());
        var xhtml = reader.ReadToEnd();
        Assert.Contains("doc-endnotes", xhtml);
        Assert.Contains("id=\"note-1\"", xhtml);
    }

    [Fact]
    public void A_note_held_over_behind_a_long_note_is_reported()
    {
        using var temp = TestPaths.Temp();
        var sentence = "The factory committees held their own congress and the delegates argued about management by the unions. ";
        var markdown = string.Concat(Enumerable.Repeat(sentence, 6)) + "Two notes end this paragraph.[^long][^short]\n\n"
            + string.Concat(Enumerable.Repeat(sentence, 5)) + "\n\n"
            + "[^long]: " + string.Concat(Enumerable.Repeat(sentence, 80)) + "\n\n"
            + "[^short]: A short note.\n";
        var result = Build(temp, markdown, OutputFormat.Pdf);
        var held = result.Diagnostics.Where(d => d.Code.Id == "PUB6030").ToList();
        var diagnostic = Assert.Single(held);
        Assert.Equal(Diagnostics.Severity.Warning, diagnostic.Severity);
        Assert.Equal(12, diagnostic.Line);
        Assert.Contains("footnote 2 starts on page", diagnostic.Message);
        Assert.Matches(@"footnoted[/\\]pamphlet\.md:12:1: warning PUB6030: ", diagnostic.ToString());
    }
}
