using Publish.Import;

namespace Publish.Tests.Import;

/// <summary>Builds import contexts over small made-up word lists, and finds the shared seeds.</summary>
internal static class ImportTestSupport
{
    /// <summary>Everyday words most tests need, plus the ones a test names.</summary>
    private static readonly string[] Common =
    [
        "the", "of", "and", "a", "to", "in", "is", "it", "that", "was", "for", "on", "as", "with", "by", "from", "at", "all",
        "this", "be", "are", "not", "or", "an", "which", "workers", "worker", "class", "working", "party", "history",
        "revolutionary", "revolution", "comrades", "several", "those", "affected", "later", "come", "came", "council",
        "councils", "self", "activity", "management", "production", "bureaucracy", "crisis", "their", "role", "trade", "unions",
    ];

    public static ImportContext Context(string documentText = "", params string[] words) =>
        new(new WordList(Common.Concat(words)), new ImportReport()) { Vocabulary = new DocumentVocabulary(documentText) };

    /// <summary>The repository root: the folder holding Publish.sln above the test binaries.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Publish.sln"))) return dir.FullName;
        throw new InvalidOperationException("Publish.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The seed whose file name starts with <paramref name="prefix"/>, or null when the seeds are absent.</summary>
    public static string? Seed(string prefix)
    {
        var folder = Path.Combine(RepoRoot(), "..", "shared", "seeds");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, prefix + "_*.txt").FirstOrDefault() : null;
    }

    /// <summary>A fresh temporary folder to import into.</summary>
    public static string TempSources()
    {
        var dir = Path.Combine(Path.GetTempPath(), "publish-import-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
