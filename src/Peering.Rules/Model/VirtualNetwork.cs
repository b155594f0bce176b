using System;
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

        /// <summary>
        /// The valid prefixes of the address space; unknown when any prefix is not known, and when the address space is
        /// allocated from an IPAM pool (<c>ipamPoolPrefixAllocations</c>), whose prefixes Azure picks at deployment.
        /// </summary>
        public Fact<IReadOnlyList<NetworkPrefix>> AddressPrefixes { get; set; }

        /// <summary>The subnets the source declares in the VNet, inline or as their own resources, in the order read.</summary>
        public IList<Subnet> Subnets { get; } = new List<Subnet>();

        /// <summary>
        /// Known true when <see cref="Subnets"/> holds every subnet of the VNet: the source owns the VNet and writes its
        /// subnet list, which every deployment of the VNet replaces (an ARM <c>subnets</c> property, azurerm <c>subnet</c>
        /// blocks, the <c>Subnets</c> of data the code sends). Unknown otherwise, with the construct that may hide a subnet
        /// when there is one: a subnet created on its own may sit next to subnets deployed elsewhere.
        /// </summary>
        public Fact<bool> SubnetsComplete { get; set; }

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

        /// <summary>
        /// Notes a gateway that may be deployed into the VNet without the source showing it for certain
        /// (<see cref="MayHaveUnseenGateway"/>). <paramref name="cause"/>, the front end's record of why it cannot tell (a
        /// construct it did not evaluate, a name several files declare), becomes the reason <see cref="HasGateway"/> is
        /// unknown, unless the gateway is known or its unknown already has a reason.
        /// </summary>
        public void MayHaveGateway(object? cause)
        {
            MayHaveUnseenGateway = true;
            if (HasGateway.State == FactState.Unknown && HasGateway.Source == null)
            {
                HasGateway = Fact<bool>.UnknownBecause(cause);
            }
        }

        /// <summary>The Azure AD (Entra) tenant the VNet's subscription belongs to, when the source says.</summary>
        public Fact<string> TenantId { get; set; }

        public bool IsClassic => ResourceId?.IsClassic == true;

        /// <summary>
        /// The subnet named <paramref name="name"/> (names compare as Azure compares them, ignoring case): known when the
        /// source declares it, absent when the VNet's subnets are all known and none has the name, unknown otherwise (with
        /// the reason the list may be incomplete, when the front end recorded one).
        /// </summary>
        public Fact<Subnet> SubnetNamed(string name)
        {
            Fact<Subnet>? unnamed = null;
            foreach (var subnet in Subnets)
            {
                if (subnet.Name.IsKnown && string.Equals(subnet.Name.Value, name, StringComparison.OrdinalIgnoreCase))
                {
                    return Fact<Subnet>.Known(subnet, subnet.Declaration);
                }

                if (!subnet.Name.IsKnown && unnamed == null)
                {
                    // A subnet whose name is not known may be the one asked for.
                    unnamed = Fact<Subnet>.UnknownBecause(subnet.Name.Source);
                }
            }

            return unnamed
                ?? (SubnetsComplete.Is(true) ? Fact<Subnet>.Absent(SubnetsComplete.Source)
                : Fact<Subnet>.UnknownBecause(SubnetsComplete.State == FactState.Unknown ? SubnetsComplete.Source : null));
        }

        public override string ToString() => DisplayName;
    }
}
