using System.Text.RegularExpressions;
using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// Finds the note numbers OCR glued to words ("languages1•", "Committee1•", "camps'3•",
/// "September, 19203", "Govemment'ê", "the Tenlo", "systeml4") and turns them into <c>[^label]</c> references to the notes
/// they number. Candidates are accepted in reading order only when they continue the sequence
/// (each number above the last, within <see cref="MaxRefGap"/>, with a note of that number), which
/// rules out page numbers, years and OCR'd letters. A note whose mark was lost gets its reference
/// at the end of the paragraph holding the previous note's reference, and is reported.
/// </summary>
internal static partial class NoteLinker
{
    /// <summary>How far a reference may skip ahead of the last one (marks lost to OCR in between).</summary>
    private const int MaxRefGap = 6;

    /// <summary>A note number read from the end of a year may only skip this many notes ("19203" = 1920 + note 3).</summary>
    private const int YearRefGap = 3;

    /// <summary>Abbreviations a number may follow after a full stop without being a note mark ("p.48").</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "pp", "no", "nos", "vol", "vols", "ch", "art", "fig", "para", "op", "cit", "ed", "n",
    };

    /// <summary>OCR readings of superscript digits: glyph → the digits it may stand for.</summary>
    /// <remarks>A raised digit with a round body (6, 8, 9) comes out as an accented e ("centralismê").</remarks>
    private static readonly Dictionary<char, int[]> DigitGlyphs = new() { ['ê'] = [6, 8, 9], ['é'] = [6, 8, 9] };

    /// <param name="Stop">What goes before the reference: "." when the mark carried the sentence's full stop ("languages1•").</param>
    /// <summary>What a run of two glyphs may stand for: a two-digit number, whichever the sequence of notes needs.</summary>
    private static readonly int[] TwoDigitNumbers = Enumerable.Range(10, 90).ToArray();

    private sealed record Candidate(IHasText Holder, int Start, int Length, int[] Numbers, bool FromYear, string Seen, string Stop = "");

    /// <summary>Links references in <paramref name="texts"/> to <paramref name="notes"/>; returns how many were linked.</summary>
    public static int Link(IReadOnlyList<IHasText> texts, IReadOnlyList<OcrNote> notes, ImportContext context)
    {
        if (notes.Count == 0) return 0;
        var byNumber = notes.GroupBy(n => n.Number).ToDictionary(g => g.Key, g => g.First());
        var accepted = new List<(Candidate C, int N)>();
        var last = 0;
        foreach (var c in texts.SelectMany(t => Candidates(t, context)))
        {
            var n = c.Numbers.Where(x => x > last && x <= last + (c.FromYear ? YearRefGap : MaxRefGap) && byNumber.ContainsKey(x))
                .DefaultIfEmpty(0).Min();
            if (n == 0) continue;
            accepted.Add((c, n));
            last = n;
            if (c.FromYear || c.Numbers.Length > 1)
                context.Report.Note(Codes.ImportNoteGuessed, $"read '{c.Seen}' as a reference to note {n}", $"[^{byNumber[n].Label}]");
        }

        foreach (var group in accepted.GroupBy(a => a.C.Holder))
        {
            var text = group.Key.Text;
            foreach (var (c, n) in group.OrderByDescending(a => a.C.Start))
                text = text[..c.Start] + c.Stop + $"[^{byNumber[n].Label}]" + text[(c.Start + c.Length)..];
            group.Key.Text = text;
        }

        var linked = accepted.Select(a => a.N).ToHashSet();
        foreach (var note in notes.Where(n => !linked.Contains(n.Number)))
        {
            var before = accepted.LastOrDefault(a => a.N < note.Number);
            var after = accepted.FirstOrDefault(a => a.N > note.Number);
            IHasText? holder = before.C?.Holder;
            if (holder is null && after.C is not null)
            {
                var at = IndexOf(texts, after.C.Holder);
                holder = at > 0 ? texts[at - 1] : after.C.Holder;
            }
            holder ??= texts.LastOrDefault();
            if (holder is null) continue;
            holder.Text = holder.Text.TrimEnd() + $"[^{note.Label}]";
            context.Report.Note(Codes.ImportNoteUnmatched, $"no mark found for note {note.Number}; its reference was put at the end of a nearby paragraph: check the place", $"[^{note.Label}]");
        }
        context.Report.Count("note references linked", accepted.Count);
        return accepted.Count;
    }

    private static int IndexOf(IReadOnlyList<IHasText> texts, IHasText holder)
    {
        for (var i = 0; i < texts.Count; i++) if (ReferenceEquals(texts[i], holder)) return i;
        return -1;
    }

    private static IEnumerable<Candidate> Candidates(IHasText holder, ImportContext context)
    {
        var text = holder.Text;
        var found = new List<Candidate>();
        foreach (Match m in Glued().Matches(text))
        {
            var lead = m.Groups["lead"].Value;
            var num = m.Groups["num"];
            if (char.IsLetter(lead[0]))
            {
                var asLetters = DigitsAsLetters(num.Value);
                if (asLetters != num.Value && context.Words.IsWord(lead + asLetters)) continue;
            }
            else
            {
                var before = m.Index > 0 ? text[m.Index - 1] : ' ';
                if (char.IsDigit(before)) continue;
                if (lead == "." && Abbreviations.Contains(WordBefore(text, m.Index))) continue;
            }
            found.Add(new Candidate(holder, num.Index, num.Length + m.Groups["mark"].Length, [int.Parse(num.Value)], false, m.Value,
                StopAfter(lead, m.Groups["mark"].Value, text, m.Index + m.Length)));
        }
        foreach (Match m in LetterDigits().Matches(text))
        {
            var lead = m.Groups["lead"].Value;
            var num = m.Groups["num"].Value;
            if (!context.Words.IsWord(lead) || context.Words.IsKnown(lead + num)) continue;
            var digits = num.Replace('l', '1').Replace('I', '1').Replace('o', '0').Replace('O', '0');
            if (int.TryParse(digits, out var n) && n > 0)
                found.Add(new Candidate(holder, m.Groups["num"].Index, num.Length, [n], false, m.Value));
        }
        foreach (Match m in YearGlued().Matches(text))
            found.Add(new Candidate(holder, m.Groups["num"].Index, m.Groups["num"].Length, [int.Parse(m.Groups["num"].Value)], true, m.Value));
        foreach (Match m in GlyphRun().Matches(text))
            found.Add(new Candidate(holder, m.Index, m.Length, TwoDigitNumbers, false, text.Substring(Math.Max(0, m.Index - 12), Math.Min(12 + m.Length, m.Index + m.Length))));
        foreach (Match m in GlyphMark().Matches(text))
        {
            var word = WordBefore(text, m.Index);
            if (word.Length > 0 && context.Words.IsKnown(word + "e")) continue;
            found.Add(new Candidate(holder, m.Index, 1, DigitGlyphs[m.Value[0]], false, text.Substring(Math.Max(0, m.Index - 12), Math.Min(13, m.Index + 1))));
        }
        return found.OrderBy(c => c.Start);
    }

    /// <summary>
    /// A raised note number is followed by the full stop of its sentence, which OCR reads as a
    /// bullet ("skeletons2•", "camps'3• Trotsky"): the stop comes back where a sentence ends (end of
    /// the paragraph, or a capital next), unless the text already has one; the reference follows
    /// it, as note numbers follow punctuation in English setting ("skeletons.[^2]").
    /// </summary>
    private static string StopAfter(string lead, string mark, string text, int end)
    {
        if (mark is not ("•" or "·")) return "";
        if (lead.Length == 1 && lead[0] is '.' or '!' or '?') return "";
        if (end < text.Length && text[end] is '.' or '!' or '?' or ',' or ';' or ':') return "";
        var next = text.AsSpan(end).TrimStart();
        return next.Length == 0 || char.IsUpper(next[0]) || next[0] is '\'' or '‘' or '"' or '“' or '(' ? "." : "";
    }

    private static string WordBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return text[start..end];
    }

    /// <summary>The digits OCR prints for letters inside words ("a11" = "all", "wil1" = "will").</summary>
    private static string DigitsAsLetters(string digits) => digits.Replace('1', 'l').Replace('0', 'o');

    [GeneratedRegex(@"(?<lead>\p{L}{2,}|[)\]'’""”.,;:])(?<num>[1-9]\d?)(?<mark>[•·*]?)(?=$|[\s.,;:!?)\-'’""”\]])")]
    private static partial Regex Glued();
    /// <summary>A two-digit note number OCR read partly as letters, l/I for 1 and o/O for 0 ("Tenlo" = Ten + 10, "systeml4").</summary>
    [GeneratedRegex(@"(?<!\p{L})(?<lead>\p{L}{2,}?)(?<num>[lI][0-9oO]|[1-9][lIoO])(?=$|[\s.,;:!?)\-'’""”\]])")]
    private static partial Regex LetterDigits();
    [GeneratedRegex(@"\b(?:1[5-9]\d\d|20\d\d)(?<num>[1-9]\d?)(?=$|[\s.,;:!?)\-'’""”])")]
    private static partial Regex YearGlued();
    /// <summary>
    /// A raised two-digit number read as a run of glyphs glued to a word or closing quote
    /// ("councilsêê.", "workersê+,", "Kritzmanê''", "impermissible'Jê."): the note it stands
    /// for is the one the sequence needs next; always reported.
    /// </summary>
    [GeneratedRegex(@"(?<=[\p{L}'’])J?[êé](?:[êé+]|'')(?=$|[\s.,;:!?)""”])")]
    private static partial Regex GlyphRun();
    [GeneratedRegex(@"(?<=[\p{L}'’.,;:)])[êé](?=$|[\s.,;:!?)'’""”])")]
    private static partial Regex GlyphMark();
}
