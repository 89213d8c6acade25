namespace Publish.Import;

/// <summary>
/// The word-level passes for one piece of OCR text (paragraph, heading, note, chronology event),
/// in order: punctuation, split words joined, OCR confusions and glued words per word, OCR misreadings that are words, then Markdown escaping.
/// </summary>
internal static class OcrTextRepairer
{
    /// <summary>Repaired inline Markdown for a text; <paramref name="escape"/> false leaves Markdown marks alone.</summary>
    /// <param name="blockStart">False for heading text, whose leading "1." must stay as it is.</param>
    public static string Repair(string text, ImportContext context, bool escape = true, bool blockStart = true)
    {
        text = OcrPunctuationFixer.Repair(text, context);
        text = GluedWordSplitter.Repair(text, context);
        text = OcrConfusionFixer.Repair(text, context);
        text = RealWordConfusionFixer.Repair(text, context);
        return escape ? MarkdownEscaper.Escape(text, blockStart) : text;
    }
}
