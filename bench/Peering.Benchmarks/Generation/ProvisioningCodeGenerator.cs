using System;

namespace Peering.Benchmarks.Generation
{
    /// <summary>
    /// Writes code that declares a hub-and-spoke network with Azure.Provisioning the way such programs do: a helper that
    /// returns a VNet, a hub with a gateway subnet, spokes from a known list, peerings both ways in a loop over pairs, a
    /// route table through the hub's firewall, and everything added to the infrastructure.
    /// </summary>
    internal static class ProvisioningCodeGenerator
    {
        private static readonly string[] Regions = { "WestEurope", "NorthEurope", "EastUS", "WestUS2", "SoutheastAsia" };

        public static string Generate(int index, Random random)
        {
            var region = Regions[random.Next(Regions.Length)];
            var spokeRegion = random.Next(4) == 0 ? Regions[random.Next(Regions.Length)] : region;
            var octet = index % 250;
            return $@"using System.Collections.Generic;
using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

namespace Contoso.Declared.Estate{index}
{{
    public static class Estate{index}
    {{
        private const string HubPrefix = ""10.{octet}.0.0/16"";

        public static VirtualNetwork Vnet(string identifier, AzureLocation location, string prefix) => new VirtualNetwork(identifier)
        {{
            Name = identifier + ""-vnet"",
            Location = location,
            AddressSpace = new VirtualNetworkAddressSpace {{ AddressPrefixes = {{ prefix }} }},
        }};

        public static VirtualNetworkPeering Peering(VirtualNetwork from, VirtualNetwork to, bool hubSide) => new VirtualNetworkPeering(from.BicepIdentifier + ""To"" + to.BicepIdentifier)
        {{
            Parent = from,
            RemoteVirtualNetworkId = to.Id,
            AllowVirtualNetworkAccess = true,
            AllowForwardedTraffic = true,
            AllowGatewayTransit = hubSide,
            UseRemoteGateways = !hubSide,
        }};

        public static VirtualNetwork Hub(Infrastructure infra)
        {{
            var hub = Vnet(""hub{index}"", AzureLocation.{region}, HubPrefix);
            hub.Subnets.Add(new SubnetResource(""gateway{index}"") {{ Name = ""GatewaySubnet"", AddressPrefix = ""10.{octet}.255.0/27"" }});
            hub.Subnets.Add(new SubnetResource(""firewall{index}"") {{ Name = ""AzureFirewallSubnet"", AddressPrefix = ""10.{octet}.1.0/24"" }});
            infra.Add(hub);
            return hub;
        }}

        public static void Declare(Infrastructure infra)
        {{
            var hub = Hub(infra);
            var routes = new RouteTable(""routes{index}"")
            {{
                Routes = {{ new RouteResource(""toSpokes{index}"") {{ Name = ""to-spokes"", AddressPrefix = ""10.{(octet + 1) % 250}.0.0/16"", NextHopType = RouteNextHopType.VirtualAppliance, NextHopIPAddress = ""10.{octet}.1.4"" }} }},
            }};
            infra.Add(routes);
            var spokeA = Vnet(""spokeA{index}"", AzureLocation.{spokeRegion}, ""10.{(octet + 1) % 250}.0.0/20"");
            var spokeB = Vnet(""spokeB{index}"", AzureLocation.{spokeRegion}, ""10.{(octet + 1) % 250}.16.0/20"");
            foreach (var spoke in new[] {{ spokeA, spokeB }})
            {{
                spoke.Subnets.Add(new SubnetResource(spoke.BicepIdentifier + ""App"") {{ Name = ""app"", RouteTable = routes }});
                infra.Add(spoke);
            }}

            foreach (var (from, to, hubSide) in new[] {{ (hub, spokeA, true), (spokeA, hub, false), (hub, spokeB, true), (spokeB, hub, false) }})
            {{
                infra.Add(Peering(from, to, hubSide));
            }}

            infra.Add(new VirtualNetworkPeering(""hubToShared{index}"")
            {{
                Parent = hub,
                RemoteVirtualNetworkId = new ResourceIdentifier(""/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/shared/providers/Microsoft.Network/virtualNetworks/shared-{index}""),
                AllowVirtualNetworkAccess = true,
            }});
        }}
    }}
}}
";
        }
    }
}
