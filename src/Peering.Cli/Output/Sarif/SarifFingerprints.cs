using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace Peering.Cli.Output.Sarif
{
    /// <summary>
    /// Partial fingerprints that survive edits elsewhere in a file: a hash of the rule, the file and the message (which
    /// names the VNets, peerings and prefixes involved), not of the line, so code scanning keeps one alert when a
    /// template grows above the resource. Identical findings in one file are told apart by their occurrence number.
    /// </summary>
    internal sealed class SarifFingerprints
    {
        public const string Key = "peeringCheckFinding/v1";

        private readonly Dictionary<string, int> occurrences = new Dictionary<string, int>(StringComparer.Ordinal);

        public string Next(string ruleId, string uri, string message)
        {
            var identity = ruleId + "\n" + uri + "\n" + message;
            occurrences.TryGetValue(identity, out var seen);
            occurrences[identity] = seen + 1;
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity + "\n" + seen));
            return Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
        }
    }
}
