using System.Collections.Generic;
using Peering.Rules.Identity;
using Peering.Rules.Model;
using Peering.Templates;
using Peering.Terraform.Evaluation;

namespace Peering.Terraform.Azure
{
    /// <summary>
    /// What a Terraform value says about a VNet: a known id (of the VNet or of something inside it), a known name with
    /// its resource group, or a reference to a resource (<c>azurerm_virtual_network.hub.id</c>) whose value is not
    /// known before apply but whose resource is.
    /// </summary>
    internal sealed class NetworkReferences
    {
        private const string VirtualNetworkType = "Microsoft.Network/virtualNetworks";

        private readonly NetworkDirectory directory;
        private readonly IReadOnlyDictionary<string, ResourceFacts> resources;

        public NetworkReferences(NetworkDirectory directory, IReadOnlyDictionary<string, ResourceFacts> resources)
        {
            this.directory = directory;
            this.resources = resources;
        }

        /// <summary>The VNet an id value names or lies in; nothing when the value does not tell, or names a VNet several roots declare.</summary>
        public Named<VirtualNetwork> ById(TfValue? value) => value switch
        {
            TfString text when ArmResourceId.Parse(text.Value).Id is ArmResourceId id => directory.NetworkOf(id),
            TfUnknown { Origin: ValueOrigin origin } when directory.ByAddress(origin.Key) is VirtualNetwork network => new Named<VirtualNetwork>(network),
            _ => default,
        };

        /// <summary>
        /// The VNet azurerm names by <c>virtual_network_name</c> and <c>resource_group_name</c> in the provider's
        /// subscription; null when not known, or when several roots declare a VNet of that name (its subnets, peerings
        /// and data sources then belong to no VNet, as in the template front end).
        /// </summary>
        public VirtualNetwork? ByName(Located? name, Located? resourceGroup, ResourceFacts resource)
        {
            if (name?.Value is TfUnknown { Origin: ValueOrigin origin })
            {
                return directory.ByAddress(origin.Key);
            }

            if (LocatedFacts.Text(name) is not string vnet)
            {
                return null;
            }

            var group = LocatedFacts.Text(resourceGroup) ?? resource.UnknownResourceGroup;
            var id = ArmResourceId.Parse(AzureIds.Resource(resource.Subscription, group, VirtualNetworkType, new[] { vnet })).Id;
            return id == null ? null : directory.NetworkOf(id).Resource;
        }

        /// <summary>
        /// A peering's remote: a known id as written, or the resource an unknown id comes from. A reference to a
        /// resource that is not a VNet (a subnet's id) is known to be wrong even though its id is not known. An id of a
        /// VNet several roots declare is unknown, because of that ambiguity: a rule that needed it says so (PEER902).
        /// </summary>
        public Fact<RemoteNetworkReference> Remote(Located? value, SourceLocation absentAt)
        {
            switch (value?.Value)
            {
                case null:
                case TfNull:
                    return Fact<RemoteNetworkReference>.Absent(absentAt);
                case TfString text:
                    var parsed = ArmResourceId.Parse(text.Value);
                    var named = parsed.Id != null && parsed.Id.IsVirtualNetwork ? directory.NetworkOf(parsed.Id) : default;
                    return named.Ambiguity is AmbiguousName ambiguity
                        ? Fact<RemoteNetworkReference>.UnknownBecause(ambiguity.At(value.Location))
                        : Fact<RemoteNetworkReference>.Known(new RemoteNetworkReference(text.Value, named.Resource, parsed, null), value.Location);
                case TfUnknown { Origin: ValueOrigin origin } when origin.Attribute == "id" && resources.TryGetValue(origin.Key, out var target):
                    var type = ArmType(target);
                    if (type == null)
                    {
                        return Fact<RemoteNetworkReference>.Unknown;
                    }

                    var remote = string.Equals(type, VirtualNetworkType, System.StringComparison.OrdinalIgnoreCase) ? directory.ByAddress(origin.Key) : null;
                    return Fact<RemoteNetworkReference>.Known(new RemoteNetworkReference(origin.ToString(), remote, null, type), value.Location);
                default:
                    return Fact<RemoteNetworkReference>.Unknown;
            }
        }

        /// <summary>The ARM resource type of a Terraform resource, for the types whose id a peering may wrongly name.</summary>
        private static string? ArmType(ResourceFacts resource) => resource.Type switch
        {
            "azurerm_virtual_network" => VirtualNetworkType,
            "azurerm_subnet" => VirtualNetworkType + "/subnets",
            "azurerm_resource_group" => "Microsoft.Resources/resourceGroups",
            "azurerm_virtual_network_gateway" => "Microsoft.Network/virtualNetworkGateways",
            "azurerm_route_table" => "Microsoft.Network/routeTables",
            "azurerm_virtual_network_peering" => VirtualNetworkType + "/virtualNetworkPeerings",
            "azapi_resource" => LocatedFacts.Text(resource.Argument("type"))?.Split('@')[0],
            _ => null,
        };
    }
}
