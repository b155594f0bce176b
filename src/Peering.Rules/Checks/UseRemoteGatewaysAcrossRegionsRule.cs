using System;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;
using Peering.Rules.Profiles;

namespace Peering.Rules.Checks
{
    /// <summary>PEER101: a peering uses the remote gateway while the two VNets are in different regions.</summary>
    public sealed class UseRemoteGatewaysAcrossRegionsRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER101;

        public void Check(Topology topology, FindingSink sink)
        {
            foreach (var peering in topology.Peerings)
            {
                var local = peering.Parent;
                var remote = peering.RemoteNetwork;
                // Both regions are read (|, not ||): the comparison needs each of them.
                if (!sink.Need(Rule, peering.UseRemoteGateways).Is(true) || local == null || !sink.Need(Rule, peering.Remote).IsKnown || remote == null
                    || !sink.Need(Rule, local.Location).IsKnown | !sink.Need(Rule, remote.Location).IsKnown
                    || string.Equals(local.Location.Value, remote.Location.Value, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var subject = Describe.Capitalized(Describe.Peering(peering)) + " (" + local.Location.Value + ") uses the gateway of "
                    + Describe.NetworkWithRegion(remote);
                var message = sink.Options.Profile == PlatformProfile.October2017
                    ? subject + ": the 2017-10 profile does not allow gateway transit across regions"
                    : subject + ": transit traffic crosses regions, is charged as global peering, and ExpressRoute FastPath does not apply";
                sink.Report(Rule, peering.UseRemoteGateways.Source, message);
            }
        }
    }
}
