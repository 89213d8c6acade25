using System.Globalization;
using Publish.Diagnostics;
using Publish.Model;
using Publish.Reading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Publish.Chronologies;

/// <summary>
/// Reads chronology YAML text → <see cref="ChronologyDraft"/>, through YamlDotNet's
/// representation model so every value keeps its line and column. Reports syntax errors
/// (PUB4001), entries without a year or an event (PUB4005), unknown keys (PUB4008), years that
/// are not whole numbers (PUB4009) and values of the wrong shape (PUB4010). Entries with an
/// error are left out of the draft; the rest are kept.
/// </summary>
internal sealed class ChronologyYamlReader(string path, Func<string, IReadOnlyList<Inline>> parseInline, DiagnosticBag diagnostics)
{
    /// <summary>The title used when the file gives none.</summary>
    public const string DefaultTitle = "Chronology";

    private static readonly string[] TopKeys = ["title", "note", "entries"];
    private static readonly string[] EntryKeys = ["year", "date", "event", "see"];

    /// <summary>Reads <paramref name="text"/>; null when it is not YAML or not a chronology at all.</summary>
    public ChronologyDraft? Read(string text)
    {
        var stream = YamlLoader.Load(text, out var problem);
        if (stream is null)
        {
            diagnostics.Error(Codes.ChronologyYaml, path, problem!.Line, problem.Column, problem.Message);
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            diagnostics.Error(Codes.ChronologyShape, path, 1, 1, "the chronology file is empty");
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            var extra = Span(stream.Documents[1].RootNode);
            diagnostics.Warning(Codes.ChronologyShape, path, extra.Line, extra.Column,
                "a chronology file holds one YAML document; the documents after the first are ignored");
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Shape(stream.Documents[0].RootNode, "a chronology is a mapping with 'title', 'note' and 'entries'");
            return null;
        }
        return ReadRoot(root);
    }

    private ChronologyDraft? ReadRoot(YamlMappingNode root)
    {
        var title = DefaultTitle;
        IReadOnlyList<Inline>? note = null;
        YamlSequenceNode? entries = null;
        var entriesReported = false;
        foreach (var (keyNode, value) in root.Children)
        {
            switch (Key(keyNode))
            {
                case null: break;
                case "title":
                    if (TryScalar(value, "title", out var t) && !string.IsNullOrWhiteSpace(t)) title = t.Trim();
                    break;
                case "note":
                    if (TryScalar(value, "note", out var n) && !string.IsNullOrWhiteSpace(n)) note = parseInline(n.Trim());
                    break;
                case "entries":
                    if (value is YamlSequenceNode sequence) entries = sequence;
                    else if (!IsNull(value)) { Shape(value, "'entries' must be a list of entries"); entriesReported = true; }
                    break;
                case var other:
                    UnknownKey(keyNode, other, "chronology", TopKeys);
                    break;
            }
        }

        if (entriesReported) return null;
        if (entries is null || entries.Children.Count == 0)
        {
            Shape(root, "the chronology has no entries (expected 'entries:' with a list of year, date, event)");
            return null;
        }
        var drafts = entries.Children.Select(ReadEntry).OfType<ChronologyEntryDraft>().ToList();
        return new ChronologyDraft(path, title, note, drafts);
    }

    private ChronologyEntryDraft? ReadEntry(YamlNode node)
    {
        if (node is not YamlMappingNode entry)
        {
            Shape(node, "a chronology entry is a mapping with 'year', 'date' and 'event'");
            return null;
        }
        var span = Span(entry);
        int? year = null;
        var yearSpan = span;
        var dateSpan = span;
        string? date = null, eventText = null, see = null;
        bool yearReported = false, eventReported = false;

        foreach (var (keyNode, value) in entry.Children)
        {
            switch (Key(keyNode))
            {
                case null: break;
                case "year":
                    yearSpan = Span(value);
                    if (!TryScalar(value, "year", out var y)) yearReported = true;
                    else if (y is not null) { year = ReadYear(value, y); yearReported = year is null; }
                    break;
                case "date":
                    dateSpan = Span(value);
                    if (TryScalar(value, "date", out var d) && !string.IsNullOrWhiteSpace(d)) date = d.Trim();
                    break;
                case "event":
                    if (!TryScalar(value, "event", out var e)) eventReported = true;
                    else if (!string.IsNullOrWhiteSpace(e)) eventText = e.Trim();
                    break;
                case "see":
                    if (TryScalar(value, "see", out var s) && !string.IsNullOrWhiteSpace(s)) see = s.Trim().TrimStart('#');
                    break;
                case var other:
                    UnknownKey(keyNode, other, "chronology entry", EntryKeys);
                    break;
            }
        }

        if (year is null && !yearReported)
            diagnostics.Error(Codes.ChronologyFieldMissing, path, span.Line, span.Column, "chronology entry has no year");
        if (eventText is null && !eventReported)
            diagnostics.Error(Codes.ChronologyFieldMissing, path, span.Line, span.Column, "chronology entry has no event");
        if (year is not { } whole || eventText is null) return null;

        var model = new ChronologyEntry(whole, date, parseInline(eventText), string.IsNullOrEmpty(see) ? null : see) { Span = span };
        return new ChronologyEntryDraft(model, yearSpan, dateSpan);
    }

    private int? ReadYear(YamlNode node, string text)
    {
        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year)) return year;
        var span = Span(node);
        diagnostics.Error(Codes.ChronologyBadYear, path, span.Line, span.Column,
            $"year '{text}' is not a whole number (write one year, like 1917; put \"c.\" or ranges in the date)");
        return null;
    }

    /// <summary>The text of a scalar key, or null (reported) when the key is not a scalar.</summary>
    private string? Key(YamlNode keyNode)
    {
        if (keyNode is YamlScalarNode { Value: { } key }) return key;
        Shape(keyNode, "keys must be plain words");
        return null;
    }

    /// <summary>
    /// True when <paramref name="node"/> is a scalar; <paramref name="text"/> is then its text,
    /// or null for YAML null (<c>key:</c>, <c>~</c>). A list or mapping is reported and gives false.
    /// </summary>
    private bool TryScalar(YamlNode node, string key, out string? text)
    {
        text = null;
        if (node is not YamlScalarNode scalar)
        {
            Shape(node, $"'{key}' must be a single value, not a list or mapping");
            return false;
        }
        if (!IsNull(scalar)) text = scalar.Value;
        return true;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private void UnknownKey(YamlNode keyNode, string key, string where, string[] known)
    {
        var span = Span(keyNode);
        diagnostics.Warning(Codes.ChronologyUnknownKey, path, span.Line, span.Column,
            $"unknown key '{key}' in a {where} (known: {string.Join(", ", known)})");
    }

    private void Shape(YamlNode node, string message)
    {
        var span = Span(node);
        diagnostics.Error(Codes.ChronologyShape, path, span.Line, span.Column, message);
    }

    private static SourceSpan Span(YamlNode node) => new((int)node.Start.Line, (int)node.Start.Column);
}
