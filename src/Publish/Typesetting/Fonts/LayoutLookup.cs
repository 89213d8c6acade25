namespace Publish.Typesetting.Fonts;

/// <summary>
/// One GSUB or GPOS lookup selected for a feature: its type (extension lookups already
/// unwrapped to the type they wrap) and the absolute offsets of its subtables, in order.
/// </summary>
internal sealed record LayoutLookup(int Index, ushort Type, IReadOnlyList<int> Subtables);
