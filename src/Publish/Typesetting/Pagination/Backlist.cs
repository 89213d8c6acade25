namespace Publish.Typesetting.Pagination;

/// <summary>
/// The titles a pamphlet's back-list advertises, in order, under a heading ("Also in
/// Solidarity pamphlets"). Chosen by the pipeline, which knows the catalogue; set here.
/// </summary>
internal sealed record Backlist(string Heading, IReadOnlyList<BacklistEntry> Entries);

/// <summary>One advertised title: its number in the series (if any), author line and a short description.</summary>
internal sealed record BacklistEntry(string Title, string? Author, string? Number, string? Description);
