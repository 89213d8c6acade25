using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Publish.Reading;

/// <summary>Why a YAML text could not be read, and where (1-based line and column in that text).</summary>
internal sealed record YamlProblem(int Line, int Column, string Message);

/// <summary>
/// Loads YAML text into a <see cref="YamlStream"/> and turns every way YamlDotNet can fail into
/// a <see cref="YamlProblem"/> with a position. YamlDotNet 16.3 does not only throw
/// <see cref="YamlException"/>: a flow collection left open before another line ("date: [") ends
/// in <see cref="InvalidOperationException"/>, an explicit key followed by an empty one
/// ("? a\n: b\n:") in <see cref="ArgumentException"/>; both come without a position, so the
/// scanner's position at the failure stands in. Front matter, themes, series files and
/// chronologies all load through here, so none of them lets an exception escape.
/// </summary>
internal static class YamlLoader
{
    /// <summary>Nesting deeper than this is refused before parsing (YamlDotNet recurses per level).</summary>
    public const int MaxDepth = 64;

    /// <summary>The loaded stream, or null with the problem set.</summary>
    public static YamlStream? Load(string text, out YamlProblem? problem)
    {
        problem = TooDeep(text);
        if (problem is not null) return null;
        var scanner = new Scanner(new StringReader(text));
        var parser = new Parser(scanner);
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
            return stream;
        }
        catch (YamlException e)
        {
            // A scanner error starts at the token it was reading and ends where it failed.
            var at = e is SyntaxErrorException ? e.End : e.Start;
            problem = new YamlProblem(Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column), Explanation(e.Message));
        }
        catch (InvalidOperationException)
        {
            problem = UnclosedBracket(text) is { } open
                ? new YamlProblem(open.Line, open.Column, $"'{open.Bracket}' is opened here and never closed")
                : At(parser, scanner, text, "the YAML cannot be read past this point (is a '{', '[' or quote left open?)");
        }
        catch (ArgumentException)
        {
            problem = At(parser, scanner, text, "the YAML cannot be read past this point (a key without a value, or a '?' key of an unsupported shape)");
        }
        return null;
    }

    /// <summary>The start of the last event parsed, else the scanner's position, kept inside the text.</summary>
    private static YamlProblem At(Parser parser, Scanner scanner, string text, string message)
    {
        var at = parser.Current?.Start ?? scanner.CurrentPosition;
        var lines = text.TrimEnd('\n').Count(c => c == '\n') + 1;
        var line = Math.Clamp((int)at.Line, 1, lines);
        return new YamlProblem(line, line == at.Line ? Math.Max(1, (int)at.Column) : 1, message);
    }

    /// <summary>
    /// The innermost '[' or '{' of a flow collection still open at the end of the text, skipping
    /// quoted scalars and comments; null when every bracket closes.
    /// </summary>
    private static (int Line, int Column, char Bracket)? UnclosedBracket(string text)
    {
        var open = new Stack<(int, int, char)>();
        int line = 1, column = 0;
        char quote = '\0';
        var comment = false;
        var previous = ' ';
        foreach (var c in text)
        {
            column++;
            if (c == '\n') { line++; column = 0; comment = false; previous = ' '; continue; }
            if (comment) continue;
            if (quote != '\0') { if (c == quote) quote = '\0'; previous = c; continue; }
            switch (c)
            {
                case '#' when previous is ' ' or '\t': comment = true; break;
                case '"' or '\'' when previous is ' ' or '\t' or '[' or '{' or ',' or ':': quote = c; break;
                case '[' or '{': open.Push((line, column, c)); break;
                case ']' or '}': open.TryPop(out _); break;
            }
            previous = c;
        }
        return open.Count > 0 ? open.Peek() : null;
    }

    /// <summary>
    /// Brackets nested deeper than <see cref="MaxDepth"/>, which would otherwise take the parser's
    /// recursion towards a stack overflow no one can catch. Quotes and comments are not told apart:
    /// only a text with more than <see cref="MaxDepth"/> unclosed '[' or '{' in a row is refused.
    /// Indentation nesting is bounded by the line length and needs no check of its own.
    /// </summary>
    private static YamlProblem? TooDeep(string text)
    {
        int depth = 0, line = 1, column = 0;
        foreach (var c in text)
        {
            column++;
            switch (c)
            {
                case '\n': line++; column = 0; break;
                case '[' or '{':
                    if (++depth > MaxDepth) return new YamlProblem(line, column, $"brackets are nested more than {MaxDepth} deep");
                    break;
                case ']' or '}': depth = Math.Max(0, depth - 1); break;
            }
        }
        return null;
    }

    /// <summary>YamlDotNet messages repeat the position ("(Line: 2, Col: 7, …): why"); keep only the why.</summary>
    private static string Explanation(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return close >= 0 && message.StartsWith('(') ? message[(close + 3)..] : message;
    }
}
