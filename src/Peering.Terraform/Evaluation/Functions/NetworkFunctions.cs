using System;
using System.Collections.Generic;
using System.Linq;
using static Peering.Terraform.Evaluation.TfConvert;

namespace Peering.Terraform.Evaluation.Functions
{
    /// <summary>
    /// <c>cidrsubnet</c>, <c>cidrsubnets</c>, <c>cidrhost</c>, <c>cidrnetmask</c>, as Terraform's internal/lang/funcs/cidr.go
    /// computes them (with go-cidr's next/previous subnet walk for <c>cidrsubnets</c>).
    /// </summary>
    internal static class NetworkFunctions
    {
        public static void Register(Dictionary<string, TfFunction> table)
        {
            table["cidrsubnet"] = new TfFunction(3, 3, a => new TfString(Subnet(TfCidr.Parse(ToText(a[0], "cidrsubnet's prefix")), ToInt(a[1], "cidrsubnet's newbits"), ToNumber(a[2], "cidrsubnet's netnum")).ToString()));
            table["cidrsubnets"] = new TfFunction(1, TfFunction.Variadic, Subnets);
            table["cidrhost"] = new TfFunction(2, 2, a => new TfString(Host(TfCidr.Parse(ToText(a[0], "cidrhost's prefix")), ToNumber(a[1], "cidrhost's hostnum"))));
            table["cidrnetmask"] = new TfFunction(1, 1, a => new TfString(Netmask(TfCidr.Parse(ToText(a[0], "cidrnetmask's prefix")))));
        }

        private static TfCidr Subnet(TfCidr prefix, int newBits, double netNum)
        {
            var length = prefix.Length + newBits;
            if (newBits < 0 || length > prefix.Bits)
            {
                throw new TfEvaluationException("cidrsubnet: " + prefix + " has no room for " + newBits + " more bits");
            }

            if (netNum < 0 || netNum != Math.Floor(netNum) || (newBits < 64 && netNum >= Math.Pow(2, newBits)))
            {
                throw new TfEvaluationException("cidrsubnet: prefix extension of " + newBits + " does not accommodate a subnet numbered " + netNum);
            }

            return new TfCidr(prefix.Address | ((UInt128)netNum << (prefix.Bits - length)), length, prefix.IsV6);
        }

        private static TfValue Subnets(IReadOnlyList<TfValue> a)
        {
            var prefix = TfCidr.Parse(ToText(a[0], "cidrsubnets' prefix"));
            var lengths = a.Skip(1).Select(v => prefix.Length + ToInt(v, "a cidrsubnets newbits")).ToArray();
            if (lengths.Length == 0)
            {
                return TfList.EmptyTuple;
            }

            if (lengths.Any(l => l <= prefix.Length || l > prefix.Bits))
            {
                throw new TfEvaluationException("cidrsubnets: each newbits must be at least 1 and fit in " + prefix);
            }

            // Start just before the prefix, then take each next subnet of the requested size, aligned.
            var current = new TfCidr((prefix.Address - 1) & prefix.Mask(lengths[0]) & (prefix.IsV6 ? UInt128.MaxValue : uint.MaxValue), lengths[0], prefix.IsV6);
            var results = new TfValue[lengths.Length];
            for (var i = 0; i < lengths.Length; i++)
            {
                var last = current.Address | current.HostMask(current.Length);
                var aligned = last & current.Mask(lengths[i]);
                var next = (aligned | current.HostMask(lengths[i])) + 1;
                next &= prefix.IsV6 ? UInt128.MaxValue : uint.MaxValue;
                current = new TfCidr(next & current.Mask(lengths[i]), lengths[i], prefix.IsV6);
                if (next == 0 || !prefix.Contains(current.Address))
                {
                    throw new TfEvaluationException("cidrsubnets: not enough remaining address space in " + prefix);
                }

                results[i] = new TfString(current.ToString());
            }

            return new TfList(results, false);
        }

        private static string Host(TfCidr prefix, double hostNum)
        {
            var hostBits = prefix.Bits - prefix.Length;
            var size = hostBits >= 64 ? double.MaxValue : Math.Pow(2, hostBits);
            if (hostNum != Math.Floor(hostNum) || Math.Abs(hostNum) > 1e18)
            {
                throw new TfEvaluationException("cidrhost: host number must be a whole number");
            }

            if (hostNum < 0)
            {
                // Negative host numbers count back from the end of the prefix.
                hostNum += size;
            }

            if (hostNum < 0 || hostNum >= size)
            {
                throw new TfEvaluationException("cidrhost: prefix " + prefix + " has no host number " + hostNum);
            }

            return prefix.FormatAddress(prefix.Address + (UInt128)hostNum);
        }

        private static string Netmask(TfCidr prefix) =>
            prefix.IsV6 ? throw new TfEvaluationException("cidrnetmask works only on IPv4 prefixes") : prefix.FormatAddress(prefix.Mask(prefix.Length));
    }
}
