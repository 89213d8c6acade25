using Publish.Diagnostics;
using Publish.Typesetting.Text;
using Xunit;

namespace Publish.Tests.TextLayout;

/// <summary>One test per PUB61xx code.</summary>
public class TextDiagnosticsTests
{
    [Fact]
    public void PUB6101_missing_patterns_is_a_diagnostic_not_a_crash()
    {
        var set = HyphenatorSet.Load(Path.Combine(Path.GetTempPath(), "no-such-hyphenation-folder"));
        Assert.Null(set.For("fr")); // nothing is read until a language needs it
        var e = Assert.Throws<DiagnosticException>(() => set.For("en-GB"));
        Assert.Equal("PUB6101", e.Diagnostic.Code.Id);
        Assert.Equal(Severity.Error, e.Diagnostic.Severity);
        Assert.EndsWith(HyphenatorSet.BritishFile, e.Diagnostic.Path);
    }
}
