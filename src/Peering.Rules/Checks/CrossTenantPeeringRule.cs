using System;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;
using Peering.Rules.Profiles;
using Peering.Rules.Text;

namespace Peering.Rules.Checks
{
    /// <summary>PEER502: the two VNets of a peering belong to different Azure AD (Entra) tenants.</summary>
    public sealed class CrossTenantPeeringRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER502;

        public void Check(Topology topology, FindingSink sink)
        {
            var index = PeeringIndex.For(topology);
            foreach (var (peering, local, remote) in index.PeeringsBetweenNetworks(Rule, sink, local => local.TenantId.IsKnown))
            {
                if (!sink.Need(Rule, local.TenantId).IsKnown | !sink.Need(Rule, remote.TenantId).IsKnown || local.TenantId.Value == null || remote.TenantId.Value == null
                    || string.Equals(local.TenantId.Value.Trim(), remote.TenantId.Value.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var subject = Describe.Capitalized(Describe.Peering(peering)) + " links " + Describe.Network(local) + " in tenant " + DisplayText.Quote(local.TenantId.Value)
                    + " with " + Describe.Network(remote) + " in tenant " + DisplayText.Quote(remote.TenantId.Value);
                var message = sink.Options.Profile == PlatformProfile.October2017
                    ? subject + ": the 2017-10 profile requires both VNets in one tenant; connect them with a VPN gateway instead"
                    : subject + ": the deploying identity needs access in both tenants and ARM needs an auxiliary token for the remote tenant";
                sink.Report(Rule, peering.Declaration, message, Describe.Places(local.TenantId.Source, remote.TenantId.Source));
            }
        }
    }
}
