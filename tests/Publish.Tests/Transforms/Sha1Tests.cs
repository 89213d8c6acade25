using System.Security.Cryptography;
using System.Text;
using Publish.Model;
using Xunit;

namespace Publish.Tests.Transforms;

public class Sha1Tests
{
    [Theory]
    [InlineData("", "da39a3ee5e6b4b0d3255bfef95601890afd80709")]
    [InlineData("abc", "a9993e364706816aba3e25717850c26c9cd0d89d")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1")]
    public void Matches_the_published_test_vectors(string message, string digest) =>
        Assert.Equal(digest, Convert.ToHexStringLower(Sha1.Hash(Encoding.ASCII.GetBytes(message))));

    [Fact]
    public void Matches_the_system_implementation_at_every_length_across_block_boundaries()
    {
        var random = new Random(9);
        for (int length = 0; length <= 300; length++)
        {
            var message = new byte[length];
            random.NextBytes(message);
            Assert.Equal(SHA1.HashData(message), Sha1.Hash(message));
        }
    }
}
