using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Publish.Pipeline;

/// <summary>
/// One of N deterministic slices of the catalogue, for <c>publish build --shard K/N</c> (K is
/// 1-based). A pamphlet belongs to shard <c>1 + SHA-256(slug) mod N</c>: the same on every
/// machine and run, and a pamphlet stays in its shard when others are added or removed, so
/// each shard's cache keeps working. Shards 1..N together hold every pamphlet exactly once.
/// </summary>
internal readonly record struct Shard(int Index, int Count)
{
    /// <summary>Parses "K/N"; on failure returns false and a message for a PUB9001 usage error.</summary>
    public static bool TryParse(string? text, out Shard shard, out string error)
    {
        shard = default;
        var parts = (text ?? "").Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0].Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var k)
            || !int.TryParse(parts[1].Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            error = $"--shard must be K/N, e.g. 2/4 (got '{text}')";
            return false;
        }
        if (n < 1 || k < 1 || k > n)
        {
            error = $"--shard {text}: need 1 ≤ K ≤ N and N ≥ 1";
            return false;
        }
        shard = new Shard(k, n);
        error = "";
        return true;
    }

    /// <summary>The 1-based shard a pamphlet slug belongs to among <paramref name="count"/>.</summary>
    public static int Of(string slug, int count)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(slug), hash);
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count) + 1;
    }

    public bool Contains(string slug) => Of(slug, Count) == Index;

    /// <summary>The pamphlet folders of this shard, in their given order.</summary>
    public IReadOnlyList<string> Select(IReadOnlyList<string> pamphletDirs)
    {
        var self = this;
        return pamphletDirs.Where(d => self.Contains(Path.GetFileName(Path.GetFullPath(d).TrimEnd(Path.DirectorySeparatorChar)))).ToList();
    }

    public override string ToString() => $"{Index}/{Count}";
}
