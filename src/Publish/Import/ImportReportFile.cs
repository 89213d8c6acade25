using System.Collections;
using System.Globalization;
using System.Reflection;
using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// The diagnostics of a big import as a list that is read from <c>import-report.txt</c> when it
/// is enumerated, not held: the reader's diagnostics and the summary are kept, the located items
/// (hundreds of thousands for a long scan) are parsed back line by line from the file.
/// </summary>
internal sealed class ImportReportFile(IReadOnlyList<Diagnostic> head, string path, int items) : IReadOnlyList<Diagnostic>
{
    private static readonly Lazy<Dictionary<string, DiagnosticCode>> KnownCodes = new(() =>
        typeof(Codes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (DiagnosticCode)f.GetValue(null)!)
            .GroupBy(c => c.Id)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    public int Count => head.Count + items;

    public Diagnostic this[int index] =>
        index < 0 || index >= Count ? throw new ArgumentOutOfRangeException(nameof(index)) : this.Skip(index).First();

    public IEnumerator<Diagnostic> GetEnumerator()
    {
        foreach (var d in head) yield return d;
        using var reader = new StreamReader(path);
        for (var i = 0; i < head.Count; i++) reader.ReadLine();
        for (var i = 0; i < items && reader.ReadLine() is { } line; i++) yield return Parse(line);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Reads back <c>file:line:col: note PUBnnnn: message</c> as written by <see cref="Diagnostic.ToString"/>.</summary>
    private static Diagnostic Parse(string line)
    {
        var parts = line.Split(':', 4);
        var rest = parts[3].TrimStart();
        var space = rest.IndexOf(' ');
        var severity = Enum.Parse<Severity>(rest[..space], ignoreCase: true);
        var colon = rest.IndexOf(':', space);
        var id = rest[(space + 1)..colon];
        var code = KnownCodes.Value.TryGetValue(id, out var known) ? known : new DiagnosticCode(id, "");
        return new Diagnostic(code, severity, parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture),
            int.Parse(parts[2], CultureInfo.InvariantCulture), rest[(colon + 2)..]);
    }
}
