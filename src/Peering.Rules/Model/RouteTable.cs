using System.Collections.Generic;
using Peering.Rules.Identity;

namespace Peering.Rules.Model
{
    /// <summary>A route table and the VNets whose subnets use it.</summary>
    public sealed class RouteTable
    {
        public RouteTable(ResourceIdentity identity, string displayName, object? declaration)
        {
            Identity = identity;
            DisplayName = displayName;
            Declaration = declaration;
        }

        /// <summary>Identity, as for <see cref="VirtualNetwork.Identity"/>.</summary>
        public ResourceIdentity Identity { get; }

        public string DisplayName { get; }

        public object? Declaration { get; }

        public IList<Route> Routes { get; } = new List<Route>();

        /// <summary>The VNets with a subnet associated with this table (traffic from them follows its routes).</summary>
        public IList<VirtualNetwork> AssociatedNetworks { get; } = new List<VirtualNetwork>();

        public override string ToString() => DisplayName;
    }
}
