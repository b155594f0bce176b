using System.Collections.Generic;
using Peering.Rules.Identity;

namespace Peering.Rules.Model
{
    /// <summary>A virtual network as far as the analysed code or templates tell.</summary>
    public sealed class VirtualNetwork
    {
        public VirtualNetwork(ResourceIdentity identity, string displayName, object? declaration)
        {
            Identity = identity;
            DisplayName = displayName;
            Declaration = declaration;
        }

        /// <summary>Two facts describe the same VNet when their identities are equal.</summary>
        public ResourceIdentity Identity { get; }

        /// <summary>The VNet's name when known, otherwise what the source calls it.</summary>
        public string DisplayName { get; }

        public object? Declaration { get; }

        /// <summary>The region, normalised (<c>westus</c>, not <c>West US</c>).</summary>
        public Fact<string> Location { get; set; }

        public ArmResourceId? ResourceId { get; set; }

        /// <summary>
        /// True when the analysed code or templates create (own) this VNet, not only refer to it by id or name.
        /// Absence is a fact only for what is owned: a reverse peering missing between two defined VNets is known missing.
        /// </summary>
        public bool IsDefined { get; set; }

        /// <summary>The valid prefixes of the address space; unknown when any prefix is not known.</summary>
        public Fact<IReadOnlyList<NetworkPrefix>> AddressPrefixes { get; set; }

        /// <summary>
        /// Known true when a gateway (VPN, ExpressRoute or Route Server) is deployed into the VNet. Known false only when
        /// the front end knows it (a run under closed world, see <see cref="Topology.GatewayOf"/>).
        /// </summary>
        public Fact<bool> HasGateway { get; set; }

        /// <summary>
        /// True when the source may deploy a gateway into the VNet that it does not show for certain (a template
        /// condition, a gateway subnet id that cannot be evaluated): even a closed world then cannot say it has none.
        /// </summary>
        public bool MayHaveUnseenGateway { get; set; }

        /// <summary>
        /// The writes of the analysed runs that create a gateway (VPN, ExpressRoute or Route Server) in the VNet, also those a
        /// condition guards: a peering of the same run that uses this gateway must wait for them.
        /// </summary>
        public IList<DeploymentStep> GatewayDeployments { get; } = new List<DeploymentStep>();

        /// <summary>The Azure AD (Entra) tenant the VNet's subscription belongs to, when the source says.</summary>
        public Fact<string> TenantId { get; set; }

        public bool IsClassic => ResourceId?.IsClassic == true;

        public override string ToString() => DisplayName;
    }
}
