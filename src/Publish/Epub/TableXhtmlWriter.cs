using Publish.Model;

namespace Publish.Epub;

/// <summary>
/// Projects a table: a thead with column headers (scope="col"), a tbody of rows, and an
/// alignment class on each cell ("align-left", "align-centre", "align-right").
/// </summary>
internal sealed class TableXhtmlWriter(XhtmlBuilder html, InlineXhtmlWriter inlines)
{
    public void Write(Table table)
    {
        html.Start("table").Line();
        var header = table.Header.Where(row => row.Count > 0).ToList();
        if (header.Count > 0)
        {
            html.Start("thead").Line();
            foreach (var row in header) Row(table, row, "th");
            html.EndLine();
        }
        if (table.Rows.Count > 0)
        {
            html.Start("tbody").Line();
            foreach (var row in table.Rows) Row(table, row, "td");
            html.EndLine();
        }
        html.EndLine();
    }

    private void Row(Table table, IReadOnlyList<IReadOnlyList<Inline>> cells, string element)
    {
        html.Start("tr");
        for (int i = 0; i < cells.Count; i++)
        {
            var alignment = i < table.Alignments.Count ? table.Alignments[i] : CellAlignment.None;
            html.Start(element, ("scope", element == "th" ? "col" : null), ("class", AlignmentClass(alignment)));
            inlines.Write(cells[i]);
            html.End();
        }
        html.EndLine();
    }

    /// <summary>The CSS class for a column's alignment, or null for the default.</summary>
    public static string? AlignmentClass(CellAlignment alignment) => alignment switch
    {
        CellAlignment.Left => "align-left",
        CellAlignment.Centre => "align-centre",
        CellAlignment.Right => "align-right",
        _ => null,
    };
}
