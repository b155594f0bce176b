using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace Peering.Templates.Expressions
{
    /// <summary>
    /// <c>uniqueString</c> and <c>guid</c>, computed as ARM computes them. Neither algorithm is in ARM's documentation;
    /// what is known of them, and the values the tests compare against, come from public sources:
    /// <list type="bullet">
    /// <item><c>uniqueString</c>: the arguments joined with '-', UTF-8 encoded, hashed to 64 bits by a MurmurHash64
    /// variant (seed 0; the constants below), written as 13 base-32 characters a–z, 2–7, five bits at a time from the
    /// top. Described in gist.github.com/maskati/23f329e7db43c00184143f04498e537c (from Azure.Deployments.Expression's
    /// UniqueStringFunction) and implemented alike in Azure/terraform-provider-azapi
    /// (internal/services/functions/unique_string_function.go) and JasonWhall/go-azure-uniquestring.</item>
    /// <item><c>guid</c>: the name-based UUID of RFC 4122 §4.3, version 5 (SHA-1), in the namespace
    /// 11fb06fb-712d-4ddd-98c7-e71bbd588830 over the UTF-8 text. ARM's documentation of guid points at
    /// LogosBible/Logos.Utility's GuidUtility "with some modifications"; the namespace is the one public re-implementations
    /// (Terraform configurations that reproduce Bicep's guid() with uuidv5) use, and the test vector confirms it. Only one argument is evaluated: how ARM joins several is
    /// reported (a '-') but no published value confirms it, so guid() of several arguments stays unknown.</item>
    /// </list>
    /// A value that contains the run's placeholder subscription or resource group (<see cref="DeploymentTarget"/>) is
    /// not hashed but unknown, as the deployment's real subscription or resource group is: the hash of a placeholder
    /// would look like a real name and be none.
    /// </summary>
    internal static class UniqueNames
    {
        private const string Base32Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

        /// <summary>The namespace of ARM's guid(), in the byte order RFC 4122 hashes it (as written).</summary>
        private static readonly byte[] GuidNamespace = Convert.FromHexString("11fb06fb712d4ddd98c7e71bbd588830");

        public static ArmValue UniqueString(IReadOnlyList<ArmValue> arguments) =>
            Texts(arguments) is string[] texts ? new ArmString(Base32(MurmurHash64(Encoding.UTF8.GetBytes(string.Join("-", texts))))) : ArmUnknown.Instance;

        public static ArmValue Guid(IReadOnlyList<ArmValue> arguments) =>
            arguments.Count == 1 && Texts(arguments) is string[] texts ? new ArmString(NameBasedUuid(texts[0])) : ArmUnknown.Instance;

        /// <summary>The arguments as text when all are known strings without a placeholder, like any other unknown input; null otherwise.</summary>
        private static string[]? Texts(IReadOnlyList<ArmValue> arguments)
        {
            var texts = arguments.OfType<ArmString>().Select(a => a.Value).ToArray();
            var placeholder = texts.Any(t => t.Contains(DeploymentTarget.PlaceholderSubscription, StringComparison.Ordinal) || t.Contains(DeploymentTarget.PlaceholderResourceGroup, StringComparison.Ordinal));
            return arguments.Count > 0 && texts.Length == arguments.Count && !placeholder ? texts : null;
        }

        /// <summary>The 64-bit hash behind uniqueString: two 32-bit lanes over 8-byte blocks, little-endian, then mixed together.</summary>
        private static ulong MurmurHash64(byte[] data)
        {
            const uint C1 = 597399067;
            const uint C2 = 2869860233;
            uint h1 = 0, h2 = 0;
            var index = 0;
            for (; index + 7 < data.Length; index += 8)
            {
                h1 ^= RotateLeft(LittleEndian(data, index, 4) * C1, 15) * C2;
                h1 = (RotateLeft(h1, 19) + h2) * 5 + 1444728091;
                h2 ^= RotateLeft(LittleEndian(data, index + 4, 4) * C2, 17) * C1;
                h2 = (RotateLeft(h2, 13) + h1) * 5 + 197830471;
            }

            var tail = data.Length - index;
            if (tail > 0)
            {
                h1 ^= RotateLeft(LittleEndian(data, index, Math.Min(tail, 4)) * C1, 15) * C2;
                if (tail > 4)
                {
                    h2 ^= RotateLeft(LittleEndian(data, index + 4, tail - 4) * C2, 17) * C1;
                }
            }

            h1 ^= (uint)data.Length;
            h2 ^= (uint)data.Length;
            h1 += h2;
            h2 += h1;
            h1 = Mix(h1);
            h2 = Mix(h2);
            h1 += h2;
            h2 += h1;
            return ((ulong)h2 << 32) | h1;
        }

        private static uint LittleEndian(byte[] data, int start, int count)
        {
            uint value = 0;
            for (var i = count - 1; i >= 0; i--)
            {
                value = (value << 8) | data[start + i];
            }

            return value;
        }

        private static uint RotateLeft(uint value, int bits) => (value << bits) | (value >> (32 - bits));

        private static uint Mix(uint h)
        {
            h = (h ^ (h >> 16)) * 2246822507;
            h = (h ^ (h >> 13)) * 3266489909;
            return h ^ (h >> 16);
        }

        private static string Base32(ulong hash)
        {
            var text = new StringBuilder(13);
            for (var i = 0; i < 13; i++)
            {
                text.Append(Base32Alphabet[(int)(hash >> 59)]);
                hash <<= 5;
            }

            return text.ToString();
        }

        /// <summary>RFC 4122 §4.3 with SHA-1: the hash of namespace and name, with the version (5) and variant bits set.</summary>
        private static string NameBasedUuid(string name)
        {
            var bytes = SHA1.HashData(GuidNamespace.Concat(Encoding.UTF8.GetBytes(name)).ToArray());
            bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            var hex = Convert.ToHexString(bytes, 0, 16).ToLowerInvariant();
            return string.Join("-", hex.Substring(0, 8), hex.Substring(8, 4), hex.Substring(12, 4), hex.Substring(16, 4), hex.Substring(20, 12));
        }
    }
}
