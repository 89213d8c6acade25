using System.Security.Cryptography;
using System.Text;
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
    private static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    private static readonly Guid PublishNamespace = NameBased(UrlNamespace, "publish.pamphlets");

    public static string For(Document doc) =>
        string.IsNullOrWhiteSpace(doc.Metadata.Identifier)
            ? "urn:uuid:" + NameBased(PublishNamespace, doc.Slug)
            : doc.Metadata.Identifier.Trim();

    /// <summary>A version 5 UUID for a name within a namespace.</summary>
    public static Guid NameBased(Guid ns, string name)
    {
        var nsBytes = ns.ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var hash = SHA1.HashData([.. nsBytes, .. nameBytes]);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
