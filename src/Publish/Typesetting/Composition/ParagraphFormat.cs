namespace Publish.Typesetting.Composition;

internal enum Alignment { Justify, Left, Centre, Right }

/// <summary>
/// How a paragraph is set: its measure, the first line's indent, a hanging indent for the lines
/// after the first (notes, chronology events), alignment and whether words may be hyphenated.
/// </summary>
internal sealed record ParagraphFormat(double Measure, double Leading, Alignment Align = Alignment.Justify, double FirstIndent = 0,
    double RestIndent = 0, bool Hyphenate = true, bool HyphenateCapitalised = false);
