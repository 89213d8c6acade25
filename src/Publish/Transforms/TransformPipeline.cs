using Publish.Diagnostics;
using Publish.Model;

namespace Publish.Transforms;

/// <summary>
/// Runs the transforms in order — ids, notes, typography, metadata — on a freshly read
/// document. After this, writers only project: they never number, name or curl anything.
/// </summary>
internal static class TransformPipeline
{
    public static Document Run(Document doc, DiagnosticBag diagnostics, string? sourceDateEpoch)
    {
        doc = IdAssigner.Apply(doc, diagnostics);
        doc = NoteNumberer.Apply(doc, diagnostics);
        doc = Typographer.Apply(doc);
        return MetadataCompleter.Apply(doc, sourceDateEpoch);
    }
}
