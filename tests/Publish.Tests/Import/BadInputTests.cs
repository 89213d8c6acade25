using System.Text;
using Publish.Cli;
using Publish.Diagnostics;
using Publish.Import;
using Publish.Tests.Support;
using Xunit;

namespace Publish.Tests.Import;

/// <summary>
/// <c>publish import</c> on input that is not a clean English text: empty, binary, in another
/// encoding or damaged, in another language or script, very long, or aimed at a folder that
/// exists. Each case ends in a coded diagnostic (never an exception) and never in a
/// half-written <c>sources/&lt;slug&gt;</c>.
/// </summary>
public sealed class BadInputTests
{
    private static (ImportResult Result, string Sources) Import(TempFolder temp, byte[] bytes, string slug = "bad",
        ImportKind kind = ImportKind.Auto, bool force = false, string name = "raw.txt")
    {
        var sources = Path.Combine(temp.Path, "sources");
        Directory.CreateDirectory(sources);
        var raw = Path.Combine(temp.Path, name);
        File.WriteAllBytes(raw, bytes);
        return (Importer.Import(raw, slug, kind, sources, force), sources);
    }

    private static Diagnostic SingleError(ImportResult result, DiagnosticCode code)
    {
        var error = Assert.Single(result.Report, d => d.Severity == Severity.Error);
        Assert.Equal(code, error.Code);
        return error;
    }

    /// <summary>Nothing at all under sources/: no pamphlet folder, no hidden temporary folder.</summary>
    private static void NothingWritten(string sources) => Assert.Empty(Directory.GetFileSystemEntries(sources));

    private static string Pamphlet(ImportResult result) => File.ReadAllText(Path.Combine(result.OutputDir, "pamphlet.md"));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t  \r\n")]
    [InlineData("\uFEFF")]
    [InlineData("… — • · ---\n***\n")]
    public void PUB5002_empty_or_wordless_text_is_refused(string text)
    {
        using var temp = TestPaths.Temp();
        var (result, sources) = Import(temp, Encoding.UTF8.GetBytes(text));
        var error = SingleError(result, Codes.ImportUnreadable);
        Assert.EndsWith("raw.txt", error.Path);
        NothingWritten(sources);
    }

    [Fact]
    public void PUB5018_a_png_renamed_txt_is_refused_by_its_signature()
    {
        using var temp = TestPaths.Temp();
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1 };
        var (result, sources) = Import(temp, png, name: "scan.txt");
        var error = SingleError(result, Codes.ImportBinary);
        Assert.Contains("PNG image", error.Message);
        Assert.Equal((1, 1), (error.Line, error.Column));
        NothingWritten(sources);
    }

    [Fact]
    public void PUB5018_binary_junk_is_refused_with_the_offset_of_the_first_control_byte()
    {
        using var temp = TestPaths.Temp();
        var junk = Encoding.ASCII.GetBytes("Some words\nthen ").Concat(Enumerable.Range(0, 400).Select(i => (byte)(i * 37 % 256))).ToArray();
        var (result, sources) = Import(temp, junk);
        var error = SingleError(result, Codes.ImportBinary);
        Assert.Contains("byte offset 16", error.Message); // "Some words\nthen " is 16 bytes; the junk starts with 0x00
        Assert.Equal((2, 6), (error.Line, error.Column));
        NothingWritten(sources);
    }

    [Fact]
    public void PUB5021_a_few_stray_control_bytes_are_dropped_with_a_warning()
    {
        using var temp = TestPaths.Temp();
        var text = string.Join("\n\n", Enumerable.Repeat("The workers of the factory elected a council of their own to run it.", 20));
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        bytes.Insert(30, 0x07);
        bytes.Insert(10, 0x00);
        var (result, _) = Import(temp, bytes.ToArray());
        Assert.False(result.Failed);
        var warning = Assert.Single(result.Report, d => d.Code == Codes.ImportControlCharacters);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("dropped 2 control characters", warning.Message);
        Assert.Contains("byte offset 10", warning.Message);
        Assert.DoesNotContain('\a', Pamphlet(result));
        Assert.Contains("factory elected", Pamphlet(result));
    }

    [Fact]
    public void PUB5020_a_windows_1252_text_is_recognised_converted_and_noted_at_its_first_high_byte()
    {
        using var temp = TestPaths.Temp();
        // "café" with é = 0xE9, curly quotes 0x93/0x94 and an en dash 0x96: Windows-1252, not UTF-8.
        var text = "The comrades met at the caf\u00E9 in the rue de la R\u00E9publique.\n\n" +
                   "\u201CWe are the council now,\u201D said the na\u00EFve delegate \u2013 and they voted on it.\n\n" +
                   string.Join("\n\n", Enumerable.Repeat("The strike went on for another week while the council met every day.", 5));
        var bytes = Windows1252(text);
        var (result, _) = Import(temp, bytes);
        Assert.False(result.Failed);
        var note = Assert.Single(result.Report, d => d.Code == Codes.ImportEncodingConverted);
        Assert.Equal(Severity.Note, note.Severity);
        Assert.Contains("Windows-1252", note.Message);
        Assert.Contains("byte offset 27", note.Message);
        Assert.Equal((1, 28), (note.Line, note.Column));
        var md = Pamphlet(result);
        Assert.Contains("caf\u00E9", md);
        Assert.Contains("R\u00E9publique", md);
        Assert.Contains("na\u00EFve", md);
    }

    [Fact]
    public void PUB5020_a_latin_1_text_without_windows_punctuation_is_named_iso_8859_1()
    {
        using var temp = TestPaths.Temp();
        var text = "Die Arbeiter der Fabrik w\u00E4hlten einen Rat, der die Verwaltung \u00FCbernahm.\n\n" +
                   string.Join("\n\n", Enumerable.Repeat("Der Streik dauerte noch eine Woche, und der Rat tagte jeden Tag \u00F6ffentlich.", 4));
        var (result, _) = Import(temp, Windows1252(text));
        Assert.False(result.Failed);
        Assert.Contains("ISO-8859-1", Assert.Single(result.Report, d => d.Code == Codes.ImportEncodingConverted).Message);
        Assert.Contains("w\u00E4hlten", Pamphlet(result));
        Assert.Contains("\u00F6ffentlich", Pamphlet(result));
    }

    [Fact]
    public void PUB5019_damaged_utf8_is_refused_at_the_byte_offset_of_the_damage()
    {
        using var temp = TestPaths.Temp();
        var good = Encoding.UTF8.GetBytes("Caf\u00E9 na\u00EFve \u2014 d\u00E9j\u00E0 vu.\nLine two has ");
        var bytes = good.Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" and more \u00E9t\u00E9.\n")).ToArray();
        var (result, sources) = Import(temp, bytes);
        var error = SingleError(result, Codes.ImportBadEncoding);
        Assert.Contains($"byte offset {good.Length}", error.Message);
        Assert.Contains("otherwise UTF-8", error.Message);
        Assert.Equal((2, 14), (error.Line, error.Column));
        NothingWritten(sources);
    }

    [Fact]
    public void PUB5019_a_cyrillic_code_page_text_is_not_taken_for_latin_1()
    {
        using var temp = TestPaths.Temp();
        // "Рабочие требовали" in Windows-1251: every letter a high byte, which Latin-1 would turn into "Ðàáî÷èå".
        var cp1251 = new byte[] { 0xD0, 0xE0, 0xE1, 0xEE, 0xF7, 0xE8, 0xE5, 0x20, 0xF2, 0xF0, 0xE5, 0xE1, 0xEE, 0xE2, 0xE0, 0xEB, 0xE8, 0x2E, 0x0A };
        var (result, sources) = Import(temp, Enumerable.Repeat(cp1251, 10).SelectMany(b => b).ToArray());
        var error = SingleError(result, Codes.ImportBadEncoding);
        Assert.Contains("byte offset 0", error.Message);
        Assert.Contains("does not read as Windows-1252", error.Message);
        NothingWritten(sources);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void PUB5020_utf16_is_read_by_its_mark_or_its_nul_pattern(bool withMark)
    {
        using var temp = TestPaths.Temp();
        var text = "The council of the workers met \u00E0 Paris.\n\n" + string.Join("\n\n", Enumerable.Repeat("They voted to run the factory themselves.", 5));
        var bytes = (withMark ? new byte[] { 0xFF, 0xFE } : []).Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        var (result, _) = Import(temp, bytes);
        Assert.False(result.Failed);
        Assert.Contains("UTF-16", Assert.Single(result.Report, d => d.Code == Codes.ImportEncodingConverted).Message);
        Assert.Contains("met \u00E0 Paris", Pamphlet(result));
    }

    /// <summary>A German text set in Fraktur, transcribed with the long s; English repairs would "fix" most of its words.</summary>
    private const string Fraktur =
        "Die Arbeiterfrage.\n\n" +
        "Es iſt eine alte Erfahrung, daß die Arbeiter in den Städten nicht\n" +
        "allein ſtehen; ſie haben ſich zu Vereinen zuſammengeſchloſſen, und\n" +
        "dieſe Vereine ſind die Grundlage der ganzen Bewegung geworden. Wer\n" +
        "die Geſchichte der lezten Jahrzehnte kennt, der weiß, daß ohne die\n" +
        "Selbſtthätigkeit der Maſſen nichts erreicht worden iſt. Theil und\n" +
        "Arbeiter-\nbewegung, Fabrik-\nordnung.\n\n" +
        "Die Gewerkſchaften aber wollen mehr als nur höhere Löhne. Sie wollen\n" +
        "die Verwaltung der Betriebe in die Hände der Arbeiter ſelbſt legen,\n" +
        "und darin liegt der Kern der ganzen Frage, die wir hier behandeln.\n";

    private const string Chinese =
        "工人自治问题\n\n" +
        "在工厂里，工人们每天工作十二个小时，却没有任何权利决定生产的方式。\n" +
        "他们组织起来，成立了委员会，要求由自己管理工厂。这个运动很快传遍\n" +
        "了全国各地的城市。\n\n" +
        "委员会的代表们在大会上讨论了工会与党的关系。有人认为工会应当服从\n" +
        "党的领导，也有人主张工会必须独立。这场争论持续了很多年。\n";

    private const string Russian =
        "Рабочая оппозиция\n\n" +
        "Рабочие на заводах требовали, чтобы управление производством перешло\n" +
        "в руки профессиональных союзов. Партия же считала, что хозяйство\n" +
        "должно управляться назначенными специалистами.\n";

    private const string Greek =
        "Η εργατική αυτοδιαχείριση\n\n" +
        "Οι εργάτες στα εργοστάσια ζήτησαν να περάσει η διεύθυνση της παραγωγής\n" +
        "στα χέρια των συνδικάτων. Το κόμμα όμως πίστευε ότι η οικονομία πρέπει\n" +
        "να διοικείται από διορισμένους ειδικούς.\n";

    public static TheoryData<string, string, string> OtherScripts => new()
    {
        { "de", Fraktur, "ocr" }, { "de", Fraktur, "auto" },
        { "zh", Chinese, "ocr" }, { "zh", Chinese, "auto" },
        { "ru", Russian, "ocr" }, { "ru", Russian, "auto" },
        { "el", Greek, "ocr" }, { "el", Greek, "auto" },
    };

    /// <summary>
    /// Other languages and scripts keep every word as written: no English word list touches them
    /// (PUB5022 says so), the long s stays, Chinese lines join without a space, and the language
    /// goes into the front matter. Words broken at a line end with a hyphen may be rejoined (by
    /// the text's own evidence, not a word list), so they are compared with the hyphen break taken out.
    /// </summary>
    [Theory]
    [MemberData(nameof(OtherScripts))]
    public void PUB5022_other_languages_and_scripts_are_kept_intact(string lang, string text, string kind)
    {
        using var temp = TestPaths.Temp();
        var (result, _) = Import(temp, Encoding.UTF8.GetBytes(text), kind: Enum.Parse<ImportKind>(kind, ignoreCase: true));
        Assert.False(result.Failed);
        Assert.Contains(result.Report, d => d.Code == Codes.ImportNotEnglish && d.Message.Contains($"'{lang}'"));
        var md = Pamphlet(result);
        Assert.Contains($"lang: {lang}\n", md);
        var body = md[(md.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..];
        var flat = md.Replace("\n", " ").Replace("#", ""); // the first line may have become the title
        foreach (var word in text.Replace("-\n", "").Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
            Assert.Contains(word, flat);
        if (lang == "zh")
        {
            Assert.Contains("这个运动很快传遍了全国各地的城市。", body.Replace("\n", "")); // no space where the line broke
            Assert.DoesNotContain("传遍 了", body);
        }
        if (lang == "de") Assert.Contains("Selbſtthätigkeit", body);
    }

    [Fact]
    public void An_english_text_is_still_repaired_with_the_word_list()
    {
        var english = LanguageGuesser.Guess("The workers of the factory elected a council and it was their own, for they had made it with their hands.");
        Assert.True(english.IsEnglish);
        Assert.Null(english.Lang);
        var french = LanguageGuesser.Guess("Les ouvriers de la fabrique ont élu un conseil qui est le leur, et ils le défendent dans la rue avec leurs camarades.");
        Assert.Equal(("fr", false), (french.Lang, french.IsEnglish));
    }

    [Fact]
    public void PUB5001_an_existing_folder_is_refused_without_force_and_left_as_it_was()
    {
        using var temp = TestPaths.Temp();
        var sources = Path.Combine(temp.Path, "sources");
        var existing = Path.Combine(sources, "bad");
        Directory.CreateDirectory(existing);
        File.WriteAllText(Path.Combine(existing, "pamphlet.md"), "proofread by hand");
        var (result, _) = Import(temp, Encoding.UTF8.GetBytes("By Ann Smith\nA paragraph of the article.\n"));
        SingleError(result, Codes.ImportTargetExists);
        Assert.Equal("proofread by hand", File.ReadAllText(Path.Combine(existing, "pamphlet.md")));
        Assert.Equal([existing], Directory.GetFileSystemEntries(sources));
    }

    [Fact]
    public void Force_replaces_the_folder_whole_and_leaves_no_temporary_folder()
    {
        using var temp = TestPaths.Temp();
        var sources = Path.Combine(temp.Path, "sources");
        var existing = Path.Combine(sources, "bad");
        Directory.CreateDirectory(existing);
        File.WriteAllText(Path.Combine(existing, "stale-file.txt"), "from an older import");
        // Left by an import that was killed (no process has this id): cleaned up, not mistaken for a pamphlet.
        Directory.CreateDirectory(Path.Combine(sources, ".bad.import-2147483646"));
        var (result, _) = Import(temp, Encoding.UTF8.GetBytes("By Ann Smith\nA paragraph of the article.\n"), force: true);
        Assert.False(result.Failed);
        Assert.Equal([existing], Directory.GetFileSystemEntries(sources));
        Assert.False(File.Exists(Path.Combine(existing, "stale-file.txt")));
        Assert.True(File.Exists(Path.Combine(existing, "pamphlet.md")));
        Assert.True(File.Exists(Path.Combine(existing, Importer.ReportFile)));
    }

    [Fact]
    public void A_refused_import_with_force_keeps_the_old_folder()
    {
        using var temp = TestPaths.Temp();
        var sources = Path.Combine(temp.Path, "sources");
        var existing = Path.Combine(sources, "bad");
        Directory.CreateDirectory(existing);
        File.WriteAllText(Path.Combine(existing, "pamphlet.md"), "proofread by hand");
        var (result, _) = Import(temp, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], force: true);
        SingleError(result, Codes.ImportBinary);
        Assert.Equal("proofread by hand", File.ReadAllText(Path.Combine(existing, "pamphlet.md")));
    }

    /// <summary>
    /// A long text (a few MB of seed 001 repeated; the README gives the 50 MB figures) is imported
    /// whole: every repetition's paragraphs come out. No time is asserted.
    /// </summary>
    [Fact]
    public void A_long_text_is_imported_whole()
    {
        var seed = ImportTestSupport.Seed("002");
        if (seed is null) return;
        using var temp = TestPaths.Temp();
        var one = File.ReadAllText(seed);
        const int Copies = 40; // about 1.1 MB
        var (result, _) = Import(temp, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(one + "\n\n", Copies))), kind: ImportKind.Library);
        Assert.False(result.Failed);
        var md = Pamphlet(result);
        var marker = one.Split('\n').Select(l => l.Trim()).Where(l => !l.Contains('<') && !l.Contains('[') && !l.Contains('#') && !l.Contains('*')).MaxBy(l => l.Length)!;
        var probe = marker[..40];
        var count = 0;
        for (var at = md.IndexOf(probe, StringComparison.Ordinal); at >= 0; at = md.IndexOf(probe, at + 1, StringComparison.Ordinal)) count++;
        Assert.True(Copies == count, $"{count} of {Copies} copies of '{probe}'");
    }

    private static byte[] Windows1252(string text) =>
        text.Select(c => c switch
        {
            '\u201C' => (byte)0x93,
            '\u201D' => (byte)0x94,
            '\u2013' => (byte)0x96,
            _ when c <= '\u00FF' => (byte)c,
            _ => throw new ArgumentException($"not in the test's Windows-1252 table: {c}"),
        }).ToArray();
}

/// <summary>The command line prints a refused import as one coded diagnostic (it changes the working directory, hence the collection).</summary>
[Collection("working directory")]
public sealed class BadInputCommandTests
{
    [Fact]
    public void The_command_prints_the_refusal_as_a_coded_diagnostic_and_exits_1()
    {
        using var temp = TestPaths.Temp();
        var raw = Path.Combine(temp.Path, "cover.txt");
        File.WriteAllBytes(raw, "%PDF-1.7\n%\u00E2\u00E3\n"u8.ToArray());
        var previous = Directory.GetCurrentDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "styles"));
        File.Copy(Path.Combine(TestPaths.Styles, "default.yaml"), Path.Combine(temp.Path, "styles", "default.yaml"));
        Directory.SetCurrentDirectory(temp.Path);
        try
        {
            var (output, error) = (new StringWriter(), new StringWriter());
            var code = ImportCommand.Run(raw, "cover", "auto", false, output, error);
            Assert.Equal(1, code);
            Assert.Matches(@"cover\.txt:1:1: error PUB5018: this is a PDF document, not a text", error.ToString());
            Assert.DoesNotContain("   at ", error.ToString());
            Assert.False(Directory.Exists(Path.Combine(temp.Path, "sources", "cover")));
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }
}
