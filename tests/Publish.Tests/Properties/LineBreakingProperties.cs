using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Publish.Model;
using Publish.Tests.TextLayout;
using Publish.Tests.Typesetting;
using Publish.Typesetting.Composition;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Text;

namespace Publish.Tests.Properties;

/// <summary>
/// The line breaker over random word widths (no line wider than the measure when every word
/// fits, every box set once, in order), and the whole text path (random words → set lines →
/// the lines' text gives back every word).
/// </summary>
public sealed class LineBreakingProperties
{
    private const int Cases = 200;
    private const double Tolerance = 1e-6;

    /// <summary>A word: 1–4 fragments of 1–60 pt, each but the last a legal hyphenation point.</summary>
    private static readonly Gen<ParagraphWord> Word =
        from widths in Gen.NonEmptyListOf(Gen.Choose(10, 600).Select(w => w / 10.0)).Select(l => l.Take(4).ToList())
        from hyphen in Gen.Choose(0, 60).Select(h => h / 10.0)
        select new ParagraphWord(widths.Select((w, i) => new WordFragment(w, i, i < widths.Count - 1 ? FragmentBreak.Hyphen : FragmentBreak.None)).ToList(), hyphen);

    private sealed record Case(List<ParagraphWord> Words, double Space, double Measure, double First, double Indent, bool Justify)
    {
        public override string ToString() =>
            $"measure {Measure}, first {First}, indent {Indent}, space {Space}, justify {Justify}, words [{string.Join(" ", Words.Select(w => string.Join("-", w.Fragments.Select(f => f.Width))))}]";
    }

    private static readonly Gen<Case> BreakCases =
        from words in Gen.NonEmptyListOf(Word)
        from space in Gen.Choose(5, 80).Select(s => s / 10.0)
        from slack in Gen.Choose(0, 3000).Select(s => s / 10.0)
        from firstShort in Gen.Choose(0, 100).Select(s => s / 100.0)
        from indentShare in Gen.Choose(0, 100).Select(s => s / 100.0)
        from justify in Gen.Elements(true, false)
        let widest = words.Max(w => w.Fragments.Sum(f => f.Width))
        let measure = widest + slack
        let indent = Math.Min(20, slack) * indentShare
        let first = Math.Max(widest + indent, measure - 40 * firstShort)
        select new Case(words, space, measure, first, indent, justify);

    [Property(MaxTest = Cases)]
    public Property No_line_exceeds_the_measure_when_every_word_fits() =>
        Prop.ForAll(BreakCases.ToArbitrary(), c =>
        {
            var items = new ParagraphItemsBuilder(InterwordSpace.FromWidth(c.Space)).Build(c.Words, c.Indent);
            var widths = LineWidths.Hanging(1, c.First, c.Measure);
            var result = new KnuthPlassLineBreaker(LineBreakSettings.Default with { Justify = c.Justify }).Break(items, widths);

            if (result.Overfull.Count != 0) return false;
            var next = 0;
            for (var i = 0; i < result.Lines.Count; i++)
            {
                var line = result.Lines[i];
                if (SyntheticParagraph.SetWidth(items, line) > widths[i] + Tolerance) return false;
                for (var k = next; k < line.Start; k++) if (items[k].IsBox) return false; // a box dropped between lines
                if (line.Start > line.End) return false;
                next = line.End;
            }
            return result.Lines.Count > 0 && result.Lines[^1].End == items.Count - 1;
        });

    /// <summary>Words of letters the body face has (no hyphens of their own, so a line-end hyphen is always a break).</summary>
    private static readonly Gen<string> TextWord =
        from length in Gen.Frequency((6, Gen.Choose(1, 7)), (3, Gen.Choose(8, 12)), (1, Gen.Choose(13, 16)))
        from letters in Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyzabcdeeeiinorstABCDEMRSTéàöøß".ToCharArray()), length)
        from trail in Gen.Frequency((8, Gen.Constant("")), (1, Gen.Elements(",", ".", ";", ":", "?", "!", "’s")))
        select new string(letters) + trail;

    private sealed record TextCase(List<string> Words, double Measure, bool Justify, double Indent)
    {
        public override string ToString() => $"measure {Measure}, justify {Justify}, indent {Indent}: {string.Join(" ", Words)}";
    }

    private static readonly Gen<TextCase> TextCases =
        from words in Gen.NonEmptyListOf(TextWord)
        from measure in Gen.Choose(120, 340)
        from justify in Gen.Elements(true, false)
        from indent in Gen.Elements(0.0, 12.6)
        select new TextCase(words, measure, justify, indent);

    [Property(MaxTest = Cases)]
    public Property Set_lines_give_back_every_word_in_order() =>
        Prop.ForAll(TextCases.ToArbitrary(), c =>
        {
            var context = TypesetFixture.Context();
            var text = string.Join(" ", c.Words);
            var format = new ParagraphFormat(c.Measure, 14, c.Justify ? Alignment.Justify : Alignment.Left, c.Indent);
            var lines = context.Set(InlineFlattener.Flatten([new Text(text)], context.Body), format, 1);

            var rebuilt = new System.Text.StringBuilder();
            for (var i = 0; i < lines.Count; i++)
            {
                var line = LineText(lines[i]);
                if (i < lines.Count - 1 && line.EndsWith('-')) rebuilt.Append(line[..^1]); // hyphenated: the word goes on
                else rebuilt.Append(line).Append(i < lines.Count - 1 ? " " : "");
            }
            return (rebuilt.ToString() == text).Label($"got: {rebuilt}");
        });

    /// <summary>A line's text: its glyph runs left to right, a space wherever runs leave a gap.</summary>
    private static string LineText(SetLine line)
    {
        var runs = line.Items.OfType<GlyphRun>().OrderBy(r => r.X).ToList();
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < runs.Count; i++)
        {
            if (i > 0 && runs[i].X > runs[i - 1].X + runs[i - 1].Width + 0.01 && text.Length > 0 && text[^1] != ' ') text.Append(' ');
            text.Append(runs[i].Text);
        }
        return text.ToString();
    }
}
