using Publish.Diagnostics;

namespace Publish.Catalogue;

/// <summary>
/// The catalogue stage: entries of every built pamphlet → <c>index.html</c> and
/// <c>catalog.opds.xml</c> in the output directory. Validate (files exist, identifiers unique)
/// → group and order → render both documents in memory → write each through a temporary
/// sibling and a rename, so readers never see half a catalogue.
/// </summary>
internal static class CatalogueWriter
{
    /// <summary>
    /// Writes the catalogue page and feed. Problems with single entries (a missing file, a
    /// duplicate identifier) are reported to <paramref name="diagnostics"/> as warnings (dropped
    /// when it is null) and the rest of the catalogue is still written. A blank title reads "Catalogue".
    /// </summary>
    public static void Write(IReadOnlyList<CatalogueEntry> entries, CatalogueOptions options, string outputDir,
        DiagnosticBag? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Title)) options = options with { Title = "Catalogue" };
        var root = Path.GetFullPath(outputDir);
        Directory.CreateDirectory(root);

        var listing = CatalogueValidator.Validate(entries, options, root, diagnostics ?? new DiagnosticBag());
        var page = CatalogueHtmlWriter.Render(listing, options, root);
        var feed = OpdsFeedWriter.Render(listing, options);

        WriteAtomically(Path.Combine(root, CatalogueLinks.PageFile), page);
        WriteAtomically(Path.Combine(root, CatalogueLinks.FeedFile), feed);
    }

    /// <summary>Writes <c>path.tmp</c>, then renames it over <paramref name="path"/>; removes the temporary file on failure.</summary>
    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = path + ".tmp";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
