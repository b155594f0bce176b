using System;

namespace Peering.Benchmarks.Generation
{
    /// <summary>
    /// Writes code that builds a hub-and-spoke network through the Azure SDK the way deployment programs do: a helper
    /// that returns VNet data, a loop that peers every spoke with the hub in both directions, a gateway, a route
    /// table, a resize. The analyzers' real work is on files like these.
    /// </summary>
    internal static class NetworkCodeGenerator
    {
        private static readonly string[] Regions = { "WestEurope", "NorthEurope", "EastUS", "WestUS2", "SoutheastAsia" };

        public static string Generate(int index, Random random)
        {
            var region = Regions[random.Next(Regions.Length)];
            var spokeRegion = random.Next(4) == 0 ? Regions[random.Next(Regions.Length)] : region;
            var spokes = 2 + random.Next(4);
            var octet = index % 250;
            return $@"using System.Collections.Generic;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

namespace Contoso.Networks.Estate{index}
{{
    public static class Estate{index}
    {{
        private const string HubName = ""hub-{index}"";
        private const string HubPrefix = ""10.{octet}.0.0/16"";

        public static VirtualNetworkData NetworkData(AzureLocation location, string prefix) => new VirtualNetworkData
        {{
            Location = location,
            AddressPrefixes = {{ prefix }},
        }};

        public static VirtualNetworkPeeringData PeeringTo(VirtualNetworkResource remote, bool hubSide) => new VirtualNetworkPeeringData
        {{
            RemoteVirtualNetworkId = remote.Id,
            AllowVirtualNetworkAccess = true,
            AllowForwardedTraffic = true,
            AllowGatewayTransit = hubSide,
            UseRemoteGateways = !hubSide,
        }};

        public static async Task<VirtualNetworkResource> CreateHubAsync(ResourceGroupResource group)
        {{
            var data = new VirtualNetworkData
            {{
                Location = AzureLocation.{region},
                AddressPrefixes = {{ HubPrefix }},
                Subnets =
                {{
                    new SubnetData {{ Name = ""GatewaySubnet"", AddressPrefix = ""10.{octet}.255.0/27"" }},
                    new SubnetData {{ Name = ""firewall"", AddressPrefix = ""10.{octet}.1.0/24"" }},
                }},
            }};
            var hub = (await group.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, HubName, data)).Value;

            var gateway = new VirtualNetworkGatewayData
            {{
                Location = AzureLocation.{region},
                GatewayType = VirtualNetworkGatewayType.Vpn,
                VpnType = VpnType.RouteBased,
            }};
            await group.GetVirtualNetworkGateways().CreateOrUpdateAsync(WaitUntil.Completed, ""hub-{index}-gw"", gateway);
            return hub;
        }}

        public static async Task<IReadOnlyList<VirtualNetworkResource>> CreateSpokesAsync(ResourceGroupResource group)
        {{
            var spokes = new List<VirtualNetworkResource>();
            for (var i = 0; i < {spokes}; i++)
            {{
                var data = NetworkData(AzureLocation.{spokeRegion}, $""10.{octet}.{{16 + i * 16}}.0/20"");
                spokes.Add((await group.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, $""spoke-{index}-{{i}}"", data)).Value);
            }}

            return spokes;
        }}

        public static async Task PeerAsync(ResourceGroupResource group)
        {{
            var hub = await CreateHubAsync(group);
            var spoke = (await group.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke-{index}-a"", NetworkData(AzureLocation.{spokeRegion}, ""10.{(octet + 1) % 250}.0.0/16""))).Value;
            foreach (var (local, remote, hubSide) in new[] {{ (hub, spoke, true), (spoke, hub, false) }})
            {{
                var name = $""{{local.Data.Name}}-to-{{remote.Data.Name}}"";
                await local.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, name, PeeringTo(remote, hubSide));
            }}

            await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""hub-to-shared-{index}"", new VirtualNetworkPeeringData
            {{
                RemoteVirtualNetworkId = VirtualNetworkResource.CreateResourceIdentifier(""00000000-0000-0000-0000-000000000000"", ""shared"", ""shared-{index}""),
                AllowVirtualNetworkAccess = true,
                AllowGatewayTransit = true,
            }});
        }}

        public static async Task RouteThroughHubAsync(ResourceGroupResource group)
        {{
            var table = new RouteTableData {{ Location = AzureLocation.{region} }};
            table.Routes.Add(new RouteData
            {{
                Name = ""to-spokes"",
                AddressPrefix = ""10.{octet}.0.0/16"",
                NextHopType = RouteNextHopType.VirtualAppliance,
                NextHopIPAddress = ""10.{octet}.1.4"",
            }});
            await group.GetRouteTables().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke-routes-{index}"", table);
        }}

        public static async Task GrowHubAsync(ResourceGroupResource group)
        {{
            var hub = (await group.GetVirtualNetworkAsync(HubName)).Value;
            hub.Data.AddressPrefixes.Add(""172.{16 + index % 16}.{index % 250}.0/24"");
            await group.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, HubName, hub.Data);
            foreach (var peering in hub.GetVirtualNetworkPeerings())
            {{
                await peering.UpdateAsync(WaitUntil.Completed, peering.Data, SyncRemoteAddressSpace.True);
            }}
        }}
    }}
}}
";
        }
    }
}
