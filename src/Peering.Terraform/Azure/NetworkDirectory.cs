using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Identity;
using Peering.Rules.Model;
using Peering.Templates;

namespace Peering.Terraform.Azure
{
    /// <summary>
    /// The VNets and route tables of the run, by id and by Terraform address. It starts from what the template front end
    /// already put in the topology, so a VNet a Bicep file declares and a Terraform spoke names by id are one VNet: an id
    /// matches exactly, or, when exactly one VNet fits, with a placeholder subscription or resource group on either side
    /// (<see cref="ArmResourceId.MayNameSameResource"/>). When several deployment roots (template files, root modules)
    /// declare a VNet that fits equally well, a reference is ambiguous (<see cref="AmbiguousName"/>), as in the template
    /// front end: never one of them picked, never a VNet of its own outside the run.
    /// </summary>
    internal sealed class NetworkDirectory
    {
        private readonly Topology topology;
        private readonly Dictionary<ResourceIdentity, VirtualNetwork> byIdentity = new Dictionary<ResourceIdentity, VirtualNetwork>();
        private readonly Dictionary<string, VirtualNetwork> byAddress = new Dictionary<string, VirtualNetwork>(System.StringComparer.Ordinal);
        private readonly Dictionary<ResourceIdentity, RouteTable> tablesByIdentity = new Dictionary<ResourceIdentity, RouteTable>();
        private readonly Dictionary<string, RouteTable> tablesByAddress = new Dictionary<string, RouteTable>(System.StringComparer.Ordinal);

        /// <summary>The root module of each VNet a Terraform resource declares, to name it when a reference is ambiguous.</summary>
        private readonly Dictionary<VirtualNetwork, string> rootModules = new Dictionary<VirtualNetwork, string>();

        private readonly ContestedReferences contested = new ContestedReferences();

        public NetworkDirectory(Topology topology)
        {
            this.topology = topology;
            foreach (var network in topology.Networks)
            {
                if (!byIdentity.TryGetValue(network.Identity, out var known) || (!known.IsDefined && network.IsDefined))
                {
                    byIdentity[network.Identity] = network;
                }
            }

            foreach (var table in topology.RouteTables)
            {
                tablesByIdentity[table.Identity] = table;
            }
        }

        /// <summary>
        /// Before any <see cref="Declare"/>: the id of a VNet a Terraform resource of <paramref name="rootModule"/> creates,
        /// so that a VNet the templates only refer to becomes a declaration only when no other declaration fits it too.
        /// </summary>
        public void Expect(ArmResourceId id, string rootModule)
        {
            if (Find(id) is { IsDefined: false } reference)
            {
                contested.Fits(ResourceIdentity.Of(id), rootModule, reference);
            }
        }

        /// <summary>
        /// A VNet a Terraform resource of <paramref name="rootModule"/> creates. One the run already defines is kept as it
        /// is; one it only refers to becomes this declaration under the same identity, with what was known of it, unless
        /// other declarations fit it too (<see cref="ContestedReferences"/>).
        /// </summary>
        public VirtualNetwork Declare(ArmResourceId? id, string address, string displayName, SourceLocation declaration, string rootModule)
        {
            var existing = id == null ? null : Find(id);
            if (existing != null && !existing.IsDefined && contested.IsContested(existing))
            {
                existing = null;
            }

            if (existing != null && existing.IsDefined)
            {
                if (existing.Identity.Equals(ResourceIdentity.Of(id!)))
                {
                    return byAddress[address] = existing;
                }

                // Two declarations that only may be one VNet (a placeholder on either side) are kept apart.
                existing = null;
            }

            var network = new VirtualNetwork(existing?.Identity ?? IdentityOf(id, address), displayName, declaration)
            {
                ResourceId = id,
                IsDefined = true,
            };
            if (existing != null)
            {
                network.HasGateway = existing.HasGateway;
                network.MayHaveUnseenGateway = existing.MayHaveUnseenGateway;
                network.TenantId = existing.TenantId;
                foreach (var gateway in existing.GatewayDeployments)
                {
                    network.GatewayDeployments.Add(gateway);
                }
            }

            topology.Networks.Add(network);
            byIdentity[network.Identity] = network;
            rootModules[network] = rootModule;
            if (id != null)
            {
                contested.Declared(ResourceIdentity.Of(id), network);
            }

            return byAddress[address] = network;
        }

        /// <summary>Once every Terraform fact is read: what the templates say through a contested reference becomes unknown.</summary>
        public void Settle() => contested.Settle(topology);

        /// <summary>
        /// The VNet an id names or is inside of: the VNet of that id, else the one VNet the run defines that fits it best
        /// (<see cref="Best{T}"/>), else one created as referenced (not defined) when the run defines none. Nothing certain
        /// when several VNets the run defines fit equally well; nothing for an id that is not a VNet's or inside one.
        /// </summary>
        public Named<VirtualNetwork> NetworkOf(ArmResourceId id)
        {
            var vnetId = id.EnclosingVirtualNetwork();
            if (vnetId == null)
            {
                return default;
            }

            var identity = ResourceIdentity.Of(vnetId);
            if (byIdentity.TryGetValue(identity, out var exact))
            {
                return new Named<VirtualNetwork>(exact);
            }

            // A definition anchors a match through a placeholder; two mere references (of two root modules naming a VNet
            // of unknown subscription) may be two VNets, so only an exact match joins them.
            var fits = Best(byIdentity.Values.Where(n => n.IsDefined).Select(n => (n, n.ResourceId)), vnetId);
            if (fits.Count > 1)
            {
                return new Named<VirtualNetwork>(fits, new AmbiguousName("VNet", vnetId.Name, fits.Select(RootOf)));
            }

            if (fits.Count == 1)
            {
                return new Named<VirtualNetwork>(fits[0]);
            }

            var network = new VirtualNetwork(identity, vnetId.Name, null) { ResourceId = vnetId };
            topology.Networks.Add(network);
            return new Named<VirtualNetwork>(byIdentity[identity] = network);
        }

        /// <summary>The VNet of a Terraform address: a VNet resource or data source, or a subnet resource inside one.</summary>
        public VirtualNetwork? ByAddress(string address) => byAddress.TryGetValue(address, out var network) ? network : null;

        /// <summary>Names a VNet by a Terraform address (a data source, a subnet resource, an azapi VNet).</summary>
        public void Alias(string address, VirtualNetwork network) => byAddress[address] = network;

        /// <summary>A route table a Terraform resource declares, under its id (or, without one, its address).</summary>
        public RouteTable RouteTable(ArmResourceId? id, string address, string displayName, SourceLocation? declaration)
        {
            var identity = IdentityOf(id, address);
            var table = FindTable(identity) ?? Add(new RouteTable(identity, displayName, declaration));
            return tablesByAddress[address] = table;
        }

        public RouteTable? TableByAddress(string address) => tablesByAddress.TryGetValue(address, out var table) ? table : null;

        /// <summary>
        /// The route table an id names, created (without a declaration) when the run has none; null when several fit
        /// equally well, as the template front end leaves a table several files declare.
        /// </summary>
        public RouteTable? TableOf(ArmResourceId id)
        {
            var identity = ResourceIdentity.Of(id);
            if (tablesByIdentity.TryGetValue(identity, out var exact))
            {
                return exact;
            }

            var fits = Best(tablesByIdentity.Values.Select(t => (t, t.Identity.ResourceId)), id);
            return fits.Count switch
            {
                0 => Add(new RouteTable(identity, id.Name, null)),
                1 => fits[0],
                _ => null,
            };
        }

        /// <summary>
        /// A resource by its id; without one, by its Terraform address, which names one resource across the run as a
        /// holder names the resource it holds.
        /// </summary>
        private static ResourceIdentity IdentityOf(ArmResourceId? id, string address) =>
            id != null ? ResourceIdentity.Of(id) : ResourceIdentity.HeldBy("terraform:" + address);

        private RouteTable Add(RouteTable table)
        {
            topology.RouteTables.Add(table);
            return tablesByIdentity[table.Identity] = table;
        }

        private RouteTable? FindTable(ResourceIdentity identity)
        {
            if (tablesByIdentity.TryGetValue(identity, out var table))
            {
                return table;
            }

            var id = identity.ResourceId;
            return id == null ? null : One(Best(tablesByIdentity.Values.Select(t => (t, t.Identity.ResourceId)), id));
        }

        /// <summary>The VNet a declaration's id names: exactly, else the one VNet of the run (defined or referenced) that fits it best.</summary>
        private VirtualNetwork? Find(ArmResourceId id) =>
            byIdentity.TryGetValue(ResourceIdentity.Of(id), out var exact) ? exact : One(Best(byIdentity.Values.Select(n => (n, n.ResourceId)), id));

        /// <summary>
        /// The candidates that may be what an id names and share the most segments with it exactly (a VNet of the same root
        /// module shares its subscription placeholder, a VNet of a resource group the id names shares that group): one,
        /// several that fit equally well, or none.
        /// </summary>
        private static IReadOnlyList<T> Best<T>(IEnumerable<(T Item, ArmResourceId? Id)> candidates, ArmResourceId id)
            where T : class =>
            candidates
                .Where(c => c.Id?.MayNameSameResource(id) == true)
                .GroupBy(c => (Same(c.Id!.SubscriptionId, id.SubscriptionId) * 2) + Same(c.Id!.ResourceGroup, id.ResourceGroup))
                .OrderByDescending(g => g.Key)
                .FirstOrDefault()?
                .Select(c => c.Item)
                .ToList() ?? (IReadOnlyList<T>)System.Array.Empty<T>();

        private static T? One<T>(IReadOnlyList<T> fits)
            where T : class => fits.Count == 1 ? fits[0] : null;

        private static int Same(string? a, string? b) => string.Equals(a, b, System.StringComparison.OrdinalIgnoreCase) ? 1 : 0;

        /// <summary>
        /// Where a VNet is declared, for people: its root module, the template file of an id with a placeholder
        /// (<see cref="ResourceIdentity.Root"/>), else the file of its declaration.
        /// </summary>
        private string RootOf(VirtualNetwork network) =>
            rootModules.TryGetValue(network, out var rootModule) ? rootModule
            : network.Identity.Root ?? (network.Declaration as SourceLocation)?.Path ?? network.DisplayName;
    }
}
