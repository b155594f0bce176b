using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;
using Peering.Rules.Text;

namespace Peering.Rules.Checks
{
    /// <summary>
    /// PEER206: a subnet peering (<c>peerCompleteVnets = false</c>) names in <c>localSubnetNames</c> a subnet its VNet does
    /// not have, or in <c>remoteSubnetNames</c> one the remote VNet does not have. Decided only for a VNet whose subnets
    /// are all known; a link to a subnet that does not exist can never carry its traffic.
    /// </summary>
    public sealed class MissingPeeredSubnetRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER206;

        public void Check(Topology topology, FindingSink sink)
        {
            var index = PeeringIndex.For(topology);
            foreach (var peering in topology.Peerings)
            {
                if (peering.Parent == null || !IsSubnetPeering(peering, sink))
                {
                    continue;
                }

                var parts = new List<string>();
                var places = new List<object?>();
                foreach (var (network, names) in new[] { (peering.Parent, peering.LocalSubnetNames), (peering.RemoteNetwork, peering.RemoteSubnetNames) })
                {
                    var resolved = network == null ? null : index.Resolve(network);
                    // Names not known stop the rule only where the VNet's subnets are all known.
                    if (resolved == null || !(resolved.SubnetsComplete.Is(true) ? sink.Need(Rule, names) : names).IsKnown)
                    {
                        continue;
                    }

                    var missing = names.Value.Where(n => n != null).Distinct(StringComparer.OrdinalIgnoreCase)
                        .Where(name => sink.Need(Rule, resolved.SubnetNamed(name)).State == FactState.Absent)
                        .ToList();
                    if (missing.Count > 0)
                    {
                        parts.Add(Names(missing) + " of " + Describe.Network(resolved) + ", which has " + Existing(resolved));
                        places.Add(resolved.SubnetsComplete.Source ?? resolved.Declaration);
                    }
                }

                if (parts.Count > 0)
                {
                    sink.Report(Rule, peering.Declaration,
                        Describe.Capitalized(Describe.Peering(peering)) + " is a subnet peering to " + Describe.RemoteOf(peering) + " that names "
                        + string.Join(", and ", parts) + ": a subnet that does not exist can carry no traffic over the peering",
                        Describe.Places(places.ToArray()));
                }
            }
        }

        /// <summary>True when the peering is known to be a subnet peering; its flag noted as needed when unknown and it has subnet names.</summary>
        private bool IsSubnetPeering(VirtualNetworkPeering peering, FindingSink sink)
        {
            if (peering.PeerCompleteVirtualNetworks.State == FactState.Unknown
                && (peering.LocalSubnetNames.IsKnown && peering.LocalSubnetNames.Value.Count > 0 || peering.RemoteSubnetNames.IsKnown && peering.RemoteSubnetNames.Value.Count > 0))
            {
                sink.Need(Rule, peering.PeerCompleteVirtualNetworks);
            }

            return peering.PeerCompleteVirtualNetworks.Is(false);
        }

        private static string Names(IReadOnlyList<string> names) =>
            (names.Count == 1 ? "subnet " : "subnets ") + string.Join(", ", names.Select(DisplayText.Quote));

        /// <summary>"subnets 'app', 'db'", or "no subnets".</summary>
        private static string Existing(VirtualNetwork network)
        {
            var names = network.Subnets.Where(s => s.Name.IsKnown).Select(s => DisplayText.Quote(s.Name.Value)).ToList();
            return names.Count == 0 ? "no subnets" : (names.Count == 1 ? "only subnet " : "only subnets ") + string.Join(", ", names.Take(10)) + (names.Count > 10 ? ", …" : string.Empty);
        }
    }
}
