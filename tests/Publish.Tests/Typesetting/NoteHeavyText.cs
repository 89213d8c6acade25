using System.Text;

namespace Publish.Tests.Typesetting;

/// <summary>
/// A made-up pamphlet that is hard on footnotes: references in most paragraphs, notes from one
/// line to most of a page, several references on one line, a note referred to twice, notes cited
/// from block quotes, lists, tables and from inside another note. Deterministic for a seed.
/// </summary>
internal static class NoteHeavyText
{
    private static readonly string[] Words =
    [
        "the", "workers", "council", "organisation", "of", "production", "and", "bureaucracy", "was", "never",
        "a", "question", "management", "by", "unions", "against", "party", "in", "revolution", "committees",
        "factory", "specialists", "democracy", "control", "to", "their", "own", "activity", "historical", "experience",
        "congress", "delegates", "opposition", "resolution", "discussion", "industrial", "economic", "political", "decisions", "from",
    ];

    /// <summary>Note lengths in sentences, cycled (a sentence is about one note line).</summary>
    private static readonly int[] NoteSentences = [1, 3, 2, 6, 1, 12, 2, 1, 4, 22, 1, 2, 8, 1, 3];

    public static string Markdown(int seed = 7, int paragraphs = 80, bool tables = true)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        var notes = new StringBuilder();
        int next = 1;

        string Sentence()
        {
            int n = random.Next(8, 17);
            var words = Enumerable.Range(0, n).Select(_ => Words[random.Next(Words.Length)]).ToList();
            words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
            return string.Join(' ', words) + ".";
        }

        string NewNote(string? cites = null)
        {
            int number = next++;
            int sentences = NoteSentences[(number - 1) % NoteSentences.Length];
            var body = string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentence()));
            notes.Append($"[^n{number}]: {body}{cites}\n\n");
            return $"[^n{number}]";
        }

        string Paragraph(int i)
        {
            var sentences = Enumerable.Range(0, random.Next(3, 9)).Select(_ => Sentence()).ToList();
            if (i % 5 != 3) sentences[random.Next(sentences.Count)] += NewNote();
            if (i % 9 == 4) sentences[^1] += NewNote() + NewNote();
            if (i == 50) sentences[0] += "[^n3]";
            return string.Join(' ', sentences);
        }

        for (int i = 0; i < paragraphs; i++)
        {
            if (i % 15 == 0) text.Append($"## Part {i / 15 + 1}\n\n");
            text.Append(Paragraph(i)).Append("\n\n");
            if (i == 20) text.Append($"> {Sentence()} {Sentence()}{NewNote()} {Sentence()}\n\n");
            if (i == 30) text.Append($"- {Sentence()}{NewNote()}\n- {Sentence()} {Sentence()}\n\n");
            if (i == 40 && tables) text.Append($"| Year | Event |\n|---|---|\n| 1920 | {Sentence()}{NewNote()} |\n| 1921 | {Sentence()} |\n\n");
            if (i == 60)
            {
                // A note that cites another note: the cited one follows it at the foot.
                string inner = NewNote();
                text.Append($"{Sentence()} {Sentence()}{NewNote(" See also" + inner + ".")}\n\n");
            }
        }
        return text.Append('\n').Append(notes).ToString();
    }
}
