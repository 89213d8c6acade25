using System.Text.RegularExpressions;
using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// Drops the publisher's advertisements that pamphlets print on spare pages ("KRONSTADT 1921 by
/// Victor Serge. … 40p."): a paragraph opening with a title in capitals, naming an author with
/// "by", and ending on a price (as OCR renders £ and p: "40p.", "£1.00", "!.1.00", "l Op").
/// </summary>
internal static partial class AdvertRemover
{
    /// <summary>Adverts are short blurbs; a longer paragraph is text even if it ends on a sum.</summary>
    private const int MaxAdvertLength = 600;

    public static List<OcrBlock> Remove(List<OcrBlock> blocks, ImportContext context)
    {
        var kept = new List<OcrBlock>();
        foreach (var b in blocks)
        {
            if (b.Kind == OcrBlockKind.Paragraph && b.Text.Length <= MaxAdvertLength && CapsTitle().IsMatch(b.Text) && Price().IsMatch(b.Text))
            {
                context.Report.Count("adverts removed");
                context.Report.Note(Codes.NoiseRemoved, $"removed a publisher's advert (raw line {b.Line}): '{b.Text[..Math.Min(60, b.Text.Length)]}…'", null);
                continue;
            }
            kept.Add(b);
        }
        return kept;
    }

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\d'’:?!,.&\-]+(?:\s+['’]?[\p{Lu}\d][\p{Lu}\d'’:?!,.&\-]*)+\s")]
    private static partial Regex CapsTitle();
    [GeneratedRegex(@"(\b\d{1,3}p|\bl\s?Op|[£!]\s?[\d.]*\d\.\d\d|\.t[l:S]?\s?\.?\d*\.?\d\d|£\d+|\d\.\d\d)[.,)\s]*(\(hardback[^)]*\))?[.,)\s]*$")]
    private static partial Regex Price();
}
