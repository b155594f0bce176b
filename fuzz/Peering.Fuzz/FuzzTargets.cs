using System;
using System.Text;
using Peering.Rules.Addressing;

namespace Peering.Fuzz
{
    /// <summary>
    /// What each harness does with one input. A target throws only when the code under test is wrong: an exception
    /// from the parser, or a broken property (a prefix that does not survive its own round trip).
    /// </summary>
    public static class FuzzTargets
    {
        public static void Cidr(ReadOnlySpan<byte> input)
        {
            var text = Encoding.UTF8.GetString(input);
            var result = IpPrefix.Parse(text);
            _ = result.Describe();
            if (result.Prefix is not { } prefix)
            {
                return;
            }

            var again = IpPrefix.Parse(prefix.Text).Prefix;
            if (again == null || !again.Equals(prefix) || !prefix.Contains(prefix) || !prefix.Overlaps(again))
            {
                throw new InvalidOperationException($"Prefix '{prefix.Text}' parsed from '{text}' does not survive a round trip.");
            }
        }
    }
}
