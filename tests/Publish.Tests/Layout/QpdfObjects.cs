using System.Text.Json;
using Publish.Tests.Support;

namespace Publish.Tests.Layout;

/// <summary>A link annotation: the page it is on (1-based) and where it goes.</summary>
internal sealed record PdfLink(int Page, string Target, bool External);

/// <summary>
/// A PDF's objects as <c>qpdf --json</c> (version 2) gives them, with the few look-ups the
/// quality tests need: pages in order, named destinations, link annotations.
/// </summary>
internal sealed class QpdfObjects
{
    private readonly JsonElement _objects;
    private readonly List<string> _pageRefs;

    private QpdfObjects(JsonDocument json)
    {
        var root = json.RootElement;
        _objects = root.GetProperty("qpdf")[1];
        _pageRefs = root.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("object").GetString()!).ToList();
    }

    public static QpdfObjects Load(string pdf)
    {
        var qpdf = ExternalTool.Require("qpdf");
        var (exit, output) = ExternalTool.Run(qpdf, "--json=2", "--json-key=qpdf", "--json-key=pages", pdf);
        if (exit is not (0 or 3)) throw new InvalidOperationException($"qpdf --json failed on {pdf}: {output[..Math.Min(output.Length, 500)]}");
        return new QpdfObjects(JsonDocument.Parse(output));
    }

    /// <summary>Follows an indirect reference ("12 0 R") to its value.</summary>
    public JsonElement Resolve(JsonElement e) =>
        e.ValueKind == JsonValueKind.String && e.GetString() is { } s && s.EndsWith(" R", StringComparison.Ordinal)
            && _objects.TryGetProperty("obj:" + s, out var obj) ? obj.GetProperty("value") : e;

    public List<JsonElement> Pages() => _pageRefs.Select(r => _objects.GetProperty("obj:" + r).GetProperty("value")).ToList();

    private static string Text(JsonElement e)
    {
        var s = e.GetString() ?? "";
        return s.StartsWith("u:", StringComparison.Ordinal) ? s[2..] : s;
    }

    /// <summary>Named destinations (name tree under /Names /Dests, or the old /Dests dictionary) → 1-based page, or null when the page is not in the document.</summary>
    public Dictionary<string, int?> NamedDestinations()
    {
        var result = new Dictionary<string, int?>(StringComparer.Ordinal);
        var catalog = _objects.EnumerateObject().Select(p => p.Value.TryGetProperty("value", out var v) ? v : default)
            .First(v => v.ValueKind == JsonValueKind.Object && v.TryGetProperty("/Type", out var t) && t.GetString() == "/Catalog");
        if (catalog.TryGetProperty("/Names", out var names) && Resolve(names).TryGetProperty("/Dests", out var tree))
            Walk(Resolve(tree));
        if (catalog.TryGetProperty("/Dests", out var dests))
            foreach (var p in Resolve(dests).EnumerateObject()) result[p.Name.TrimStart('/')] = PageOf(Resolve(p.Value));
        return result;

        void Walk(JsonElement node)
        {
            if (node.TryGetProperty("/Names", out var pairs))
            {
                var items = Resolve(pairs).EnumerateArray().ToList();
                for (int i = 0; i + 1 < items.Count; i += 2) result[Text(items[i])] = PageOf(Resolve(items[i + 1]));
            }
            if (node.TryGetProperty("/Kids", out var kids))
                foreach (var kid in Resolve(kids).EnumerateArray()) Walk(Resolve(kid));
        }
    }

    private int? PageOf(JsonElement dest)
    {
        if (dest.ValueKind == JsonValueKind.Object && dest.TryGetProperty("/D", out var d)) dest = Resolve(d);
        if (dest.ValueKind != JsonValueKind.Array || dest.GetArrayLength() == 0) return null;
        int index = _pageRefs.IndexOf(dest[0].GetString() ?? "");
        return index < 0 ? null : index + 1;
    }

    /// <summary>Every link annotation on every page.</summary>
    public List<PdfLink> LinkTargets()
    {
        var links = new List<PdfLink>();
        var pages = Pages();
        for (int i = 0; i < pages.Count; i++)
        {
            if (!pages[i].TryGetProperty("/Annots", out var annots)) continue;
            foreach (var a in Resolve(annots).EnumerateArray().Select(Resolve))
            {
                if (!a.TryGetProperty("/Subtype", out var sub) || sub.GetString() != "/Link") continue;
                if (a.TryGetProperty("/A", out var action))
                {
                    action = Resolve(action);
                    if (action.TryGetProperty("/URI", out var uri)) links.Add(new PdfLink(i + 1, Text(uri), true));
                    else if (action.TryGetProperty("/D", out var d)) links.Add(new PdfLink(i + 1, DestName(Resolve(d)), false));
                    else links.Add(new PdfLink(i + 1, "(action without destination)", false));
                }
                else if (a.TryGetProperty("/Dest", out var dest)) links.Add(new PdfLink(i + 1, DestName(Resolve(dest)), false));
                else links.Add(new PdfLink(i + 1, "(link without action)", false));
            }
        }
        return links;

        string DestName(JsonElement d) => d.ValueKind == JsonValueKind.String ? Text(d).TrimStart('/') : PageOf(d) is { } p ? "#page=" + p : "(explicit destination to no page)";
    }
}
