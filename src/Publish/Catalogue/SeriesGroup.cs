namespace Publish.Catalogue;

/// <summary>
/// A run of entries shown under one heading: a series, or the pamphlets that belong to none.
/// </summary>
/// <param name="Heading">The heading shown on the page ("Solidarity pamphlets", "Other pamphlets").</param>
/// <param name="Anchor">The section's id, unique on the page, for the series navigation.</param>
/// <param name="Series">The series name, or null for the group of pamphlets without one.</param>
/// <param name="Entries">The entries in reading order.</param>
internal sealed record SeriesGroup(string Heading, string Anchor, string? Series, IReadOnlyList<CatalogueEntry> Entries);
