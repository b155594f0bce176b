using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Rules
{
    /// <summary>The implemented rules, and the one way to run them over a topology.</summary>
    public static class RuleSet
    {
        public static IReadOnlyList<IPeeringRule> All { get; } = new IPeeringRule[]
        {
            new UseRemoteGatewaysAcrossRegionsRule(),
            new ConflictingGatewayFlagsRule(),
            new BothSidesUseRemoteGatewaysRule(),
            new RemoteGatewayUnavailableRule(),
            new LocalGatewayWithRemoteGatewaysRule(),
            new SeveralRemoteGatewaysRule(),
            new TransitWithoutGatewayRule(),
            new ClassicGatewayTransitRule(),
            new DoNotVerifyRemoteGatewaysRule(),
            new PeeredAddressSpaceOverlapRule(),
            new HubAddressSpaceOverlapRule(),
            new PeeredAddressSpaceChangeRule(),
            new InvalidAddressPrefixRule(),
            new TemplateAddressSpaceChangeRule(),
            new MissingReversePeeringRule(),
            new SelfPeeringRule(),
            new DuplicateRemotePeeringRule(),
            new BlockedNetworkAccessRule(),
            new ForwardedTrafficRule(),
            new NonTransitiveRouteRule(),
            new MissingRemoteNetworkRule(),
            new InvalidRemoteIdRule(),
            new InvalidPeeringNameRule(),
            new ClassicToClassicRule(),
            new ReusedPeeringNameRule(),
            new ServiceManagedPropertyRule(),
            new PeeringLimitRule(),
            new CrossTenantPeeringRule(),
            new GlobalPeeringPreviewRegionRule(),
        };

        /// <summary>The rules that can be decided in <paramref name="scope"/>.</summary>
        public static IReadOnlyList<IPeeringRule> For(RuleScope scope) =>
            All.Where(r => (r.Rule.Scope & scope) != 0).ToArray();

        public static IReadOnlyList<Finding> Evaluate(Topology topology, IEnumerable<IPeeringRule> rules, AnalysisOptions options)
        {
            var sink = new FindingSink(options);
            Run(topology, rules, sink);
            return sink.Findings;
        }

        /// <summary>Runs <paramref name="rules"/> into <paramref name="sink"/>, which then also holds the checks they could not decide.</summary>
        public static void Run(Topology topology, IEnumerable<IPeeringRule> rules, FindingSink sink)
        {
            using (PeeringIndex.Share(topology))
            {
                foreach (var rule in rules)
                {
                    rule.Check(topology, sink);
                }
            }
        }
    }
}
