namespace Publish.Import;

/// <summary>What every cleaner and pass shares during one import: word list, the text's own vocabulary, the report.</summary>
internal sealed class ImportContext(WordList words, ImportReport report)
{
    public WordList Words { get; } = words;
    public ImportReport Report { get; } = report;

    /// <summary>Word counts of the text being imported; cleaners set it before word-level repairs.</summary>
    public DocumentVocabulary Vocabulary { get; set; } = DocumentVocabulary.Empty;

    /// <summary>
    /// Word counts of the whole document when a cleaner sees only a part of it (a chunk of a big
    /// text): the cleaner then uses these instead of counting its part.
    /// </summary>
    public DocumentVocabulary? WholeDocumentVocabulary { get; private init; }

    /// <summary>Which part of the text the cleaner is given: the whole text, or one chunk of a big one.</summary>
    public ImportPart Part { get; private init; } = ImportPart.Whole;

    private Dictionary<string, object> _caches = new(StringComparer.Ordinal);

    /// <summary>A memo table for one pass, living as long as this import (word decisions repeat).</summary>
    public Dictionary<TKey, TValue> Cache<TKey, TValue>(string name) where TKey : notnull
    {
        if (_caches.TryGetValue(name, out var cache)) return (Dictionary<TKey, TValue>)cache;
        var created = new Dictionary<TKey, TValue>();
        _caches[name] = created;
        return created;
    }

    /// <summary>
    /// The context for one chunk of a big text: same word list, document vocabulary and memo
    /// tables (so a word decided in one chunk is not decided again), its own report.
    /// </summary>
    public ImportContext ForChunk(ImportReport chunkReport, ImportPart part, DocumentVocabulary? wholeDocument) =>
        new(Words, chunkReport) { _caches = _caches, Part = part, WholeDocumentVocabulary = wholeDocument };
}

/// <summary>
/// The part of the raw text a cleaner is given. Only the first part has the text's headers and
/// title page; only the last has its signature and footers.
/// </summary>
internal sealed record ImportPart(int Index, bool IsFirst, bool IsLast)
{
    public static ImportPart Whole { get; } = new(0, true, true);
}

/// <summary>A cleaner for one kind of raw text: raw text in, cleaned pamphlet out.</summary>
internal interface ICleaner
{
    ImportedPamphlet Clean(string text, ImportContext context);
}
