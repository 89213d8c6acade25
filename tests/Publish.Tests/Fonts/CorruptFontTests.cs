using Publish.Typesetting.Fonts;
using Xunit;

namespace Publish.Tests.Fonts;

/// <summary>
/// Corrupt font bytes fail with <see cref="FontFormatException"/> (a diagnostic), never with a
/// crash, a hang or a huge allocation: random bytes of DejaVu Serif are overwritten, then the
/// font is parsed, shaped and outlined.
/// </summary>
public sealed class CorruptFontTests
{
    private const int Trials = 60;
    private const int BytesChangedPerTrial = 40;
    private const int Seed = 1921;

    [Fact]
    public void Random_corruption_only_ever_raises_FontFormatException()
    {
        var original = FontTestData.DejaVuSerif.Data;
        var random = new Random(Seed);
        var rejected = 0;
        for (var trial = 0; trial < Trials; trial++)
        {
            var data = (byte[])original.Clone();
            for (var i = 0; i < BytesChangedPerTrial; i++) data[random.Next(data.Length)] = (byte)random.Next(256);
            try
            {
                var font = TrueTypeFont.Parse(data, "Corrupt.ttf");
                font.Shape("office AVAST \u2014 Tomorrow", 10);
                foreach (var c in "oé&AV") font.Outline(font.GlyphId(c));
            }
            catch (FontFormatException)
            {
                rejected++;
            }
        }
        Assert.InRange(rejected, 0, Trials);
    }

    [Fact]
    public void Corrupt_table_directory_is_rejected()
    {
        var data = (byte[])FontTestData.DejaVuSerif.Data.Clone();
        data[12 + 8] = 0x7F; // first table record's offset now points far past the end
        Assert.Throws<FontFormatException>(() => TrueTypeFont.Parse(data, "Corrupt.ttf"));
    }
}
