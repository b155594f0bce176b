using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>What PEER104 and PEER107 ask of a VNet's gateway.</summary>
    internal static class Gateways
    {
        /// <summary>
        /// True when <paramref name="network"/> is known to have no gateway. Only a closed world can know that, so only
        /// there is a gateway that is unknown for a recorded reason what stopped <paramref name="rule"/>.
        /// </summary>
        public static bool KnownAbsent(VirtualNetwork network, RuleInfo rule, FindingSink sink)
        {
            var gateway = Topology.GatewayOf(network, sink.Options.ClosedWorld);
            return (sink.Options.ClosedWorld ? sink.Need(rule, gateway) : gateway).Is(false);
        }
    }
}
