using System;
using System.Linq;

namespace Peering.Benchmarks.Generation
{
    /// <summary>
    /// Writes a Pulumi stack that declares a hub-and-spoke network the way Pulumi programs do: a resource group, a hub
    /// with a gateway, spokes from a helper, peerings both ways and a route table, with Pulumi.AzureNative or the classic
    /// Pulumi.Azure. The analyzers' work on a Pulumi project is on files like these.
    /// </summary>
    internal static class PulumiCodeGenerator
    {
        private static readonly string[] Regions = { "westeurope", "northeurope", "eastus", "westus2", "southeastasia" };

        public static string Generate(int index, Random random, bool classic)
        {
            var region = Regions[random.Next(Regions.Length)];
            var spokes = 2 + random.Next(4);
            var octet = index % 250;
            var peerings = string.Concat(Enumerable.Range(1, spokes).Select(s => $@"
            var spoke{s} = Spoke(rg, ""spoke-{index}-{s}"", ""10.{octet}.{s * 16}.0/20"");
            Peer(rg, ""hub-to-spoke-{index}-{s}"", hub, spoke{s}, hubSide: true);
            Peer(rg, ""spoke-{index}-{s}-to-hub"", spoke{s}, hub, hubSide: false);"));
            return classic ? Classic(index, region, octet, peerings) : AzureNative(index, region, octet, peerings);
        }

        private static string AzureNative(int index, string region, int octet, string peerings) => $@"using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

namespace Contoso.Stacks.Estate{index}
{{
    public sealed class EstateStack{index} : Stack
    {{
        public EstateStack{index}()
        {{
            var config = new Config();
            var rg = new ResourceGroup(""network-{index}"", new() {{ Location = ""{region}"" }});
            var hub = new VirtualNetwork(""hub-{index}"", new VirtualNetworkArgs
            {{
                ResourceGroupName = rg.Name,
                Location = rg.Location,
                AddressSpace = new Inputs.AddressSpaceArgs {{ AddressPrefixes = {{ ""10.{octet}.0.0/20"" }} }},
                Subnets = {{ new Inputs.SubnetArgs {{ Name = ""GatewaySubnet"", AddressPrefix = ""10.{octet}.15.0/27"" }} }},
                Tags = {{ {{ ""environment"", config.Get(""environment"") ?? ""dev"" }} }},
            }});
            new VirtualNetworkGateway(""hub-vpn-{index}"", new() {{ ResourceGroupName = rg.Name, IpConfigurations = {{ new Inputs.VirtualNetworkGatewayIPConfigurationArgs {{ Subnet = new Inputs.SubResourceArgs {{ Id = Output.Format($""{{hub.Id}}/subnets/GatewaySubnet"") }} }} }} }});
            var table = new RouteTable(""via-hub-{index}"", new() {{ ResourceGroupName = rg.Name, Routes = {{ new Inputs.RouteArgs {{ Name = ""default"", AddressPrefix = ""0.0.0.0/0"", NextHopType = RouteNextHopType.VirtualAppliance, NextHopIpAddress = ""10.{octet}.1.4"" }} }} }});{peerings}
        }}

        private static VirtualNetwork Spoke(ResourceGroup rg, string name, string prefix) =>
            new VirtualNetwork(name, new() {{ ResourceGroupName = rg.Name, Location = rg.Location, AddressSpace = new Inputs.AddressSpaceArgs {{ AddressPrefixes = {{ prefix }} }} }});

        private static void Peer(ResourceGroup rg, string name, VirtualNetwork from, VirtualNetwork to, bool hubSide) =>
            new VirtualNetworkPeering(name, new VirtualNetworkPeeringArgs
            {{
                ResourceGroupName = rg.Name,
                VirtualNetworkName = from.Name,
                RemoteVirtualNetwork = new Inputs.SubResourceArgs {{ Id = to.Id }},
                AllowForwardedTraffic = true,
                AllowGatewayTransit = hubSide,
                UseRemoteGateways = !hubSide,
            }});
    }}
}}
";

        private static string Classic(int index, string region, int octet, string peerings) => $@"using Pulumi;
using Pulumi.Azure.Core;
using Pulumi.Azure.Network;
using Pulumi.Azure.Network.Inputs;

namespace Contoso.Stacks.Estate{index}
{{
    public sealed class EstateStack{index} : Stack
    {{
        public EstateStack{index}()
        {{
            var config = new Config();
            var rg = new ResourceGroup(""network-{index}"", new() {{ Location = ""{region}"" }});
            var hub = new VirtualNetwork(""hub-{index}"", new VirtualNetworkArgs
            {{
                ResourceGroupName = rg.Name,
                Location = rg.Location,
                AddressSpaces = {{ ""10.{octet}.0.0/20"" }},
                Tags = {{ {{ ""environment"", config.Get(""environment"") ?? ""dev"" }} }},
            }});
            var gatewaySubnet = new Subnet(""gateway-{index}"", new() {{ ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, Name = ""GatewaySubnet"", AddressPrefixes = {{ ""10.{octet}.15.0/27"" }} }});
            new VirtualNetworkGateway(""hub-vpn-{index}"", new() {{ ResourceGroupName = rg.Name, Type = ""Vpn"", Sku = ""VpnGw1"", IpConfigurations = {{ new VirtualNetworkGatewayIpConfigurationArgs {{ SubnetId = gatewaySubnet.Id }} }} }});
            var table = new RouteTable(""via-hub-{index}"", new() {{ ResourceGroupName = rg.Name, Routes = {{ new RouteTableRouteArgs {{ Name = ""default"", AddressPrefix = ""0.0.0.0/0"", NextHopType = ""VirtualAppliance"", NextHopInIpAddress = ""10.{octet}.1.4"" }} }} }});{peerings}
        }}

        private static VirtualNetwork Spoke(ResourceGroup rg, string name, string prefix) =>
            new VirtualNetwork(name, new() {{ ResourceGroupName = rg.Name, Location = rg.Location, AddressSpaces = {{ prefix }} }});

        private static void Peer(ResourceGroup rg, string name, VirtualNetwork from, VirtualNetwork to, bool hubSide) =>
            new VirtualNetworkPeering(name, new VirtualNetworkPeeringArgs
            {{
                ResourceGroupName = rg.Name,
                VirtualNetworkName = from.Name,
                RemoteVirtualNetworkId = to.Id,
                AllowForwardedTraffic = true,
                AllowGatewayTransit = hubSide,
                UseRemoteGateways = !hubSide,
            }});
    }}
}}
";
    }
}
