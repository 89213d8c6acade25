using System.Text;

namespace Publish.Catalogue;

/// <summary>
/// Accumulates the page as indented lines joined by '\n' (never the platform's newline), so
/// the catalogue page is byte-identical wherever it is built. Callers pass markup already
/// escaped with <see cref="MarkupText.Escape"/>.
/// </summary>
internal sealed class HtmlLines
{
    private const int IndentWidth = 2;
    private readonly StringBuilder _builder = new();

    /// <summary>Appends one line at the given nesting depth.</summary>
    public HtmlLines Add(int depth, string markup)
    {
        _builder.Append(' ', depth * IndentWidth).Append(markup).Append('\n');
        return this;
    }

    /// <summary>Appends a block of lines (such as the stylesheet) at the given depth, skipping blank lines.</summary>
    public HtmlLines AddBlock(int depth, string block)
    {
        foreach (var line in block.Replace("\r\n", "\n").Split('\n'))
            if (line.Trim().Length > 0) Add(depth, line.TrimEnd());
        return this;
    }

    /// <summary>The page as UTF-8 without a byte-order mark.</summary>
    public byte[] ToUtf8() => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(_builder.ToString());

    public override string ToString() => _builder.ToString();
}
