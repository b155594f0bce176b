using System;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;
using Peering.Rules.Text;

namespace Peering.Rules.Checks
{
    /// <summary>PEER402: the remote id is malformed or names another resource type than a VNet.</summary>
    public sealed class InvalidRemoteIdRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER402;

        public void Check(Topology topology, FindingSink sink)
        {
            foreach (var peering in topology.Peerings)
            {
                if (!sink.Need(Rule, peering.Remote).IsKnown)
                {
                    continue;
                }

                var reason = Problem(peering.Remote.Value);
                if (reason != null)
                {
                    sink.Report(Rule, peering.Remote.Source,
                        "The remote id of " + Describe.Peering(peering) + ", " + DisplayText.Quote(peering.Remote.Value.Text) + ", is not a virtual network resource id: " + reason + " (LinkedInvalidPropertyId)");
                }
            }
        }

        private static string? Problem(RemoteNetworkReference remote)
        {
            var typeFromSource = remote.ResourceTypeFromSource;
            if (typeFromSource != null && !IsVirtualNetworkType(typeFromSource))
            {
                return "it is the id of a " + typeFromSource + " resource";
            }

            var parsed = remote.ParsedId;
            if (parsed == null)
            {
                return null;
            }

            if (parsed.Id == null)
            {
                return parsed.Describe();
            }

            return parsed.Id.IsVirtualNetwork ? null : "it is the id of a " + parsed.Id.ResourceType + " resource";
        }

        private static bool IsVirtualNetworkType(string resourceType) =>
            string.Equals(resourceType, "Microsoft.Network/virtualNetworks", StringComparison.OrdinalIgnoreCase)
            || string.Equals(resourceType, "Microsoft.ClassicNetwork/virtualNetworks", StringComparison.OrdinalIgnoreCase);
    }
}
