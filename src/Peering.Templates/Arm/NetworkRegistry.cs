using Peering.Rules.Identity;
using Peering.Rules.Model;
using Peering.Templates.Expressions;

namespace Peering.Templates.Arm
{
    /// <summary>
    /// The VNets and route tables of a run by identity, so a VNet declared in one file and named by id in another is one
    /// VNet, while two files that each declare a VNet of one name somewhere they do not name keep two
    /// (<see cref="RootedResources{T}"/>). What is only referenced is created on first sight as not defined.
    /// </summary>
    internal sealed class NetworkRegistry
    {
        private readonly Topology topology;
        private readonly RootedResources<VirtualNetwork> networks = new RootedResources<VirtualNetwork>("VNet");
        private readonly RootedResources<RouteTable> routeTables = new RootedResources<RouteTable>("route table");

        public NetworkRegistry(Topology topology)
        {
            this.topology = topology;
        }

        /// <summary>The VNet declared before under <paramref name="identity"/>, its identity in its root.</summary>
        public VirtualNetwork? Declared(ResourceIdentity identity) => networks.Find(identity);

        /// <summary>Records a VNet declaration, whose id as the template writes it is <paramref name="written"/> (null when not known).</summary>
        public VirtualNetwork Declare(VirtualNetwork network, ArmResourceId? written, DeploymentTarget target)
        {
            networks.Declare(network.Identity, written, target, network);
            topology.Networks.Add(network);
            return network;
        }

        /// <summary>
        /// The VNet an id evaluated in <paramref name="target"/> names: a VNet's id or the id of something inside it (a
        /// subnet). Nothing for other resources (no VNet, no ambiguity), or when the id may name the VNet of any of several files.
        /// </summary>
        public Named<VirtualNetwork> NetworkOf(ArmResourceId id, DeploymentTarget target)
        {
            var vnetId = id.EnclosingVirtualNetwork();
            if (vnetId == null)
            {
                return default;
            }

            return networks.Reference(vnetId, target, identity => Add(new VirtualNetwork(identity, vnetId.Name, null) { ResourceId = vnetId }));
        }

        /// <summary>The route table a template declares with <paramref name="id"/>, the same for every declaration of its identity in its root.</summary>
        public RouteTable DeclareRouteTable(ArmResourceId id, DeploymentTarget target, SourceLocation declaration)
        {
            var identity = ResourceIdentity.Of(id, target.Root);
            if (routeTables.Find(identity) is RouteTable declared)
            {
                return declared;
            }

            var table = new RouteTable(identity, id.Name, declaration);
            routeTables.Declare(identity, id, target, table);
            topology.RouteTables.Add(table);
            return table;
        }

        /// <summary>The route table <paramref name="id"/> names, created (without a declaration) when no template declares it; null when ambiguous.</summary>
        public RouteTable? RouteTableOf(ArmResourceId id, DeploymentTarget target) =>
            routeTables.Reference(id, target, identity =>
            {
                var table = new RouteTable(identity, id.Name, null);
                topology.RouteTables.Add(table);
                return table;
            }).Resource;

        private VirtualNetwork Add(VirtualNetwork network)
        {
            topology.Networks.Add(network);
            return network;
        }
    }
}
