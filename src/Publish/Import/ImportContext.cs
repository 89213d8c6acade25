namespace Publish.Import;

/// <summary>What every cleaner and pass shares during one import: word list, the text's own vocabulary, the report.</summary>
internal sealed class ImportContext(WordList words, ImportReport report)
{
    public WordList Words { get; } = words;
    public ImportReport Report { get; } = report;

    /// <summary>Word counts of the text being imported; cleaners set it before word-level repairs.</summary>
    public DocumentVocabulary Vocabulary { get; set; } = DocumentVocabulary.Empty;

    private readonly Dictionary<string, object> _caches = new(StringComparer.Ordinal);

    /// <summary>A memo table for one pass, living as long as this import (word decisions repeat).</summary>
    public Dictionary<TKey, TValue> Cache<TKey, TValue>(string name) where TKey : notnull
    {
        if (_caches.TryGetValue(name, out var cache)) return (Dictionary<TKey, TValue>)cache;
        var created = new Dictionary<TKey, TValue>();
        _caches[name] = created;
        return created;
    }
}

/// <summary>A cleaner for one kind of raw text: raw text in, cleaned pamphlet out.</summary>
internal interface ICleaner
{
    ImportedPamphlet Clean(string text, ImportContext context);
}
