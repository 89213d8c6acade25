namespace Publish.Epub;

/// <summary>
/// A print page that starts just before the element with id <paramref name="BeforeId"/>
/// (a section, heading or paragraph id; see <see cref="EpubIds.Paragraph"/>).
/// <paramref name="PageLabel"/> is the folio as printed ("7", "iii").
/// </summary>
internal sealed record PageBreak(string PageLabel, string BeforeId);
