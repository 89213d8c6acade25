using Publish.Model;

namespace Publish.Epub;

/// <summary>
/// The publication's unique identifier: <see cref="Metadata.Identifier"/> when the transforms
/// set one, else the same name-based UUID they would derive (RFC 9562 version 5 of the slug
/// in Publish's namespace, itself the version-5 UUID of "publish.pamphlets" in the URL
/// namespace), so the same pamphlet keeps the same id from build to build.
/// </summary>
internal static class EpubIdentifier
{
    public static string For(Document doc) =>
        string.IsNullOrWhiteSpace(doc.Metadata.Identifier)
            ? "urn:uuid:" + NameBasedUuid.Version5(NameBasedUuid.PamphletNamespace, doc.Slug)
            : doc.Metadata.Identifier.Trim();
}
