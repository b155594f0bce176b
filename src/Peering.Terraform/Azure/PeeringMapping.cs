using Peering.Rules.Model;
using Peering.Terraform.Evaluation;

namespace Peering.Terraform.Azure
{
    /// <summary>
    /// Peerings: <c>azurerm_virtual_network_peering</c> (its local VNet named by name and resource group, its flags
    /// defaulting as azurerm sends them; subnet peering from 3.109) and azapi <c>virtualNetworkPeerings</c> (the ARM body
    /// as written; an omitted flag takes ARM's default).
    /// </summary>
    internal static class PeeringMapping
    {
        /// <summary>
        /// Properties Azure computes; a body that sets them is told they have no effect (PEER406). Unlike in the template
        /// reader, <c>localAddressSpace</c> and <c>remoteAddressSpace</c> are not among them: azapi bodies of recent API
        /// versions send them as the inputs of address-space peering (fact sheet §1.2; the AVM peering module does).
        /// </summary>
        private static readonly string[] ServiceManagedProperties =
        {
            "peeringState", "peeringSyncLevel", "remoteVirtualNetworkAddressSpace", "localVirtualNetworkAddressSpace",
        };

        public static void Read(ResourceFacts resource, Topology topology, NetworkReferences references)
        {
            if (resource.IsData)
            {
                return;
            }

            if (resource.Type == "azurerm_virtual_network_peering")
            {
                // azurerm always sends the four flags; omitted, they are azurerm's defaults, which are ARM's
                // (allow_virtual_network_access true, the others false since 3.49), so "absent" says the same.
                topology.Peerings.Add(new VirtualNetworkPeering(resource.Declaration)
                {
                    IsConditional = resource.MayNotExist,
                    Parent = references.ByName(resource.Argument("virtual_network_name"), resource.Argument("resource_group_name"), resource),
                    Name = LocatedFacts.String(resource.Argument("name"), resource.Declaration) is { State: FactState.Known } name ? name : Fact<string>.Unknown,
                    Remote = references.Remote(resource.Argument("remote_virtual_network_id"), resource.Declaration),
                    AllowVirtualNetworkAccess = LocatedFacts.Bool(resource.Argument("allow_virtual_network_access"), resource.Declaration),
                    AllowForwardedTraffic = LocatedFacts.Bool(resource.Argument("allow_forwarded_traffic"), resource.Declaration),
                    AllowGatewayTransit = LocatedFacts.Bool(resource.Argument("allow_gateway_transit"), resource.Declaration),
                    UseRemoteGateways = LocatedFacts.Bool(resource.Argument("use_remote_gateways"), resource.Declaration),
                    DoNotVerifyRemoteGateways = Fact<bool>.Absent(resource.Declaration),
                    PeerCompleteVirtualNetworks = LocatedFacts.Bool(resource.Argument("peer_complete_virtual_networks_enabled"), resource.Declaration),
                    LocalSubnetNames = LocatedFacts.Strings(resource.Argument("local_subnet_names"), resource.Declaration),
                    RemoteSubnetNames = LocatedFacts.Strings(resource.Argument("remote_subnet_names"), resource.Declaration),
                    EnableOnlyIPv6Peering = LocatedFacts.Bool(resource.Argument("only_ipv6_peering_enabled"), resource.Declaration),
                    Deployment = resource.Step,
                });
            }
            else if (AzapiTypes.Is(resource, AzapiTypes.Peering))
            {
                var body = resource.Argument("body");
                var absentAt = body?.Location ?? resource.Declaration;
                Located? Property(string name) => body?.Value.IsKnown == false ? new Located(TfUnknown.Instance, absentAt) : AzapiTypes.Body(resource, "properties." + name);
                var peering = new VirtualNetworkPeering(resource.Declaration)
                {
                    IsConditional = resource.MayNotExist,
                    Parent = references.ById(resource.Argument("parent_id")?.Value).Resource,
                    Name = LocatedFacts.String(resource.Argument("name"), resource.Declaration) is { State: FactState.Known } name ? name : Fact<string>.Unknown,
                    Remote = references.Remote(Property("remoteVirtualNetwork.id"), absentAt),
                    AllowVirtualNetworkAccess = LocatedFacts.Bool(Property("allowVirtualNetworkAccess"), absentAt),
                    AllowForwardedTraffic = LocatedFacts.Bool(Property("allowForwardedTraffic"), absentAt),
                    AllowGatewayTransit = LocatedFacts.Bool(Property("allowGatewayTransit"), absentAt),
                    UseRemoteGateways = LocatedFacts.Bool(Property("useRemoteGateways"), absentAt),
                    DoNotVerifyRemoteGateways = LocatedFacts.Bool(Property("doNotVerifyRemoteGateways"), absentAt),
                    PeerCompleteVirtualNetworks = LocatedFacts.Bool(Property("peerCompleteVnets"), absentAt),
                    LocalSubnetNames = LocatedFacts.Strings(Property("localSubnetNames"), absentAt),
                    RemoteSubnetNames = LocatedFacts.Strings(Property("remoteSubnetNames"), absentAt),
                    EnableOnlyIPv6Peering = LocatedFacts.Bool(Property("enableOnlyIPv6Peering"), absentAt),
                    Deployment = resource.Step,
                };
                foreach (var property in ServiceManagedProperties)
                {
                    // A body (or properties object) not known before apply reads as unknown at every path: it may or may
                    // not hold the key, so only a known value or a key written in the body counts as set.
                    var path = "properties." + property;
                    if (AzapiTypes.Body(resource, path) is Located set && !set.Value.IsNull && (set.Value.IsKnown || resource.BodyLocations.ContainsKey(path)))
                    {
                        peering.ServiceManagedSettings.Add(new ServiceManagedSetting(property, set.Location));
                    }
                }

                topology.Peerings.Add(peering);
            }
        }
    }
}
