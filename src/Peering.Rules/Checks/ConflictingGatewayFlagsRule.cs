using System.Collections.Generic;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>PEER102: UseRemoteGateways and AllowGatewayTransit both true on one peering.</summary>
    public sealed class ConflictingGatewayFlagsRule : IPeeringRule
    {
        /// <summary>Finding property naming the flag the fix keeps.</summary>
        public const string KeepProperty = "Keep";
        public const string KeepAllowGatewayTransit = "AllowGatewayTransit";
        public const string KeepUseRemoteGateways = "UseRemoteGateways";

        public RuleInfo Rule => RuleCatalogue.PEER102;

        public void Check(Topology topology, FindingSink sink)
        {
            foreach (var peering in topology.Peerings)
            {
                // A flag known to be off settles it; only then is an unknown one what stops the rule.
                if (IsOff(peering.UseRemoteGateways) || IsOff(peering.AllowGatewayTransit)
                    || !sink.Need(Rule, peering.UseRemoteGateways).Is(true) | !sink.Need(Rule, peering.AllowGatewayTransit).Is(true))
                {
                    continue;
                }

                var keep = FlagToKeep(peering);
                var message = Describe.Capitalized(Describe.Peering(peering))
                    + " sets both UseRemoteGateways and AllowGatewayTransit: the VNet with the gateway allows transit, the other uses the remote gateway"
                    + (keep == KeepUseRemoteGateways ? "; here the remote VNet has the gateway" : string.Empty);
                var flagSites = new List<object>();
                AddIfPresent(flagSites, peering.UseRemoteGateways.Source);
                AddIfPresent(flagSites, peering.AllowGatewayTransit.Source);
                sink.Report(Rule, peering.UseRemoteGateways.Source, message, flagSites, new Dictionary<string, string> { [KeepProperty] = keep });
            }
        }

        /// <summary>
        /// The side that owns a gateway keeps AllowGatewayTransit. When the sides are unknown, keeping
        /// AllowGatewayTransit is the safe choice: without a gateway it is only ineffective (PEER107), while
        /// UseRemoteGateways towards a VNet without one fails the deployment (RemoteVnetHasNoGateways).
        /// </summary>
        private static string FlagToKeep(VirtualNetworkPeering peering)
        {
            var localHasGateway = peering.Parent?.HasGateway ?? Fact<bool>.Unknown;
            var remoteHasGateway = peering.RemoteNetwork?.HasGateway ?? Fact<bool>.Unknown;
            return !localHasGateway.Is(true) && (remoteHasGateway.Is(true) || localHasGateway.Is(false))
                ? KeepUseRemoteGateways
                : KeepAllowGatewayTransit;
        }

        private static bool IsOff(Fact<bool> flag) => flag.State != FactState.Unknown && !flag.Is(true);

        private static void AddIfPresent(List<object> sites, object? site)
        {
            if (site != null)
            {
                sites.Add(site);
            }
        }
    }
}
