using System.Text;

namespace Publish.Model;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5): the same name in the same namespace gives the same
/// UUID on every build, so a pamphlet, a catalogue and its entries keep their identifiers.
/// </summary>
internal static class NameBasedUuid
{
    /// <summary>The URL namespace of RFC 9562 (appendix C).</summary>
    public static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /// <summary>Publish's namespace for pamphlets: the version 5 UUID of "publish.pamphlets" in the URL namespace.</summary>
    public static readonly Guid PamphletNamespace = Version5(UrlNamespace, "publish.pamphlets");

    /// <summary>The version 5 UUID of <paramref name="name"/> (as UTF-8) in namespace <paramref name="space"/>.</summary>
    public static Guid Version5(Guid space, string name)
    {
        var input = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        space.TryWriteBytes(input, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, input.AsSpan(16));
        var bytes = Sha1.Hash(input).AsSpan(0, 16);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
