using System.Linq;
using System.Threading.Tasks;
using Peering.Analyzers.Tests.Infrastructure;
using Peering.Rules.Model;

namespace Peering.Analyzers.Tests.Facts.Adapters
{
    /// <summary>
    /// The Azure.Provisioning.Network adapter: which objects and members mean which facts, and that a program's resources
    /// are deployed as they stand once its code has run, in each shape of the library.
    /// </summary>
    public sealed class ProvisioningAdapterTests
    {
        private const string Usings = "using Azure.Core;\nusing Azure.Provisioning;\nusing Azure.Provisioning.Network;\n";

        public static TheoryData<SdkShape> Shapes() => new(AzureSdk.ShapesOf(SdkLibrary.Provisioning));

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task A_vnet_added_to_an_infrastructure_is_defined_with_its_region_and_prefixes(SdkShape shape)
        {
            var topology = await TopologyProbe.CollectAsync(Usings + @"
class Network
{
    static void Build(Infrastructure infra)
    {
        var hub = new VirtualNetwork(""hub"") { Name = ""hub-vnet"", Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { ""10.0.0.0/16"" } } };
        hub.AddressSpace.AddressPrefixes.Add(""10.1.0.0/16"");
        var spoke = new VirtualNetwork(""spoke"") { Location = new AzureLocation(""East US"") };
        var unused = new VirtualNetwork(""unused"") { Location = AzureLocation.WestEurope };
        infra.Add(hub);
        infra.Add(spoke);
        infra.Add(new VirtualNetworkPeering(""toUnused"") { Parent = hub, RemoteVirtualNetworkId = unused.Id });
    }
}", shape);

            var hub = topology.Networks.Single(n => n.DisplayName == "hub-vnet");
            Assert.True(hub.IsDefined);
            Assert.Equal("westeurope", hub.Location.Value);
            Assert.Equal(new[] { "10.0.0.0/16", "10.1.0.0/16" }, hub.AddressPrefixes.Value.Select(p => p.Prefix.ToString()));
            var spoke = topology.Networks.Single(n => n.DisplayName == "spoke");
            Assert.True(spoke.IsDefined);
            Assert.Equal("eastus", spoke.Location.Value);

            // Referred to but never added: the program does not deploy it, so it says nothing about it.
            var unused = topology.Networks.Single(n => n.DisplayName == "unused");
            Assert.False(unused.IsDefined);
            Assert.Equal(FactState.Unknown, unused.Location.State);
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task A_peering_is_deployed_as_it_stands_once_the_code_has_run(SdkShape shape)
        {
            var topology = await TopologyProbe.CollectAsync(Usings + @"
class Network
{
    static void Build(Infrastructure infra, VirtualNetwork hub, VirtualNetwork spoke)
    {
        var peering = new VirtualNetworkPeering(""hubToSpoke"") { Parent = hub, RemoteVirtualNetworkId = spoke.Id, UseRemoteGateways = true };
        infra.Add(peering);
        peering.UseRemoteGateways = false;
        peering.Name = ""hub-to-spoke"";
    }
}", shape);

            var peering = Assert.Single(topology.Peerings);
            Assert.False(peering.UseRemoteGateways.Value);
            Assert.Equal("hub-to-spoke", peering.Name.Value);
            Assert.Equal("hub", peering.Parent?.DisplayName);
            Assert.Equal("spoke", peering.RemoteNetwork?.DisplayName);
            Assert.False(peering.IsConditional);
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task A_peering_belongs_to_its_parent_or_to_the_vnet_whose_list_holds_it(SdkShape shape)
        {
            var topology = await TopologyProbe.CollectAsync(Usings + @"
class Network
{
    static void Build(Infrastructure infra, bool peer)
    {
        var hub = new VirtualNetwork(""hub"");
        var spoke = new VirtualNetwork(""spoke"") { VirtualNetworkPeerings = { new VirtualNetworkPeering(""spokeToHub"") { RemoteVirtualNetworkId = hub.Id } } };
        infra.Add(hub);
        infra.Add(spoke);
        infra.Add(new VirtualNetworkPeering(""hubToSpoke"") { Parent = hub, RemoteVirtualNetworkId = spoke.Id });
        var maybe = new VirtualNetworkPeering(""maybe"") { RemoteVirtualNetworkId = spoke.Id };
        if (peer)
        {
            maybe.Parent = hub;
            infra.Add(maybe);
        }

        // Built but never deployed: no link, though its own settings are still checked.
        var unused = new VirtualNetworkPeering(""unused"") { Parent = spoke, RemoteVirtualNetworkId = hub.Id };
    }
}", shape);

            Assert.Equal(new[] { "spoke->hub", "hub->spoke", "?->spoke", "?->hub" }, topology.Peerings.Select(p => (p.Parent?.DisplayName ?? "?") + "->" + p.RemoteNetwork?.DisplayName));
            Assert.Equal(new[] { false, false, true }, topology.Peerings.Take(3).Select(p => p.IsConditional));
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task A_vnet_may_have_a_gateway_only_through_a_gateway_subnet_or_one_the_analysis_cannot_name(SdkShape shape)
        {
            var topology = await TopologyProbe.CollectAsync(Usings + @"
class Network
{
    static void Build(Infrastructure infra)
    {
        var name = new ProvisioningParameter(""subnetName"", typeof(string));
        var bare = new VirtualNetwork(""bare"") { Subnets = { new SubnetResource(""workload"") { Name = ""workload"" } } };
        var gateway = new VirtualNetwork(""gateway"") { Subnets = { new SubnetResource(""gw"") { Name = ""GatewaySubnet"" } } };
        var routeServer = new VirtualNetwork(""routeServer"");
        var named = new VirtualNetwork(""named"");
        foreach (var network in new[] { bare, gateway, routeServer, named })
        {
            infra.Add(network);
        }

        infra.Add(new SubnetResource(""rs"") { Parent = routeServer, Name = ""RouteServerSubnet"" });
        infra.Add(new SubnetResource(""configured"") { Parent = named, Name = name });
    }
}", shape);

            Assert.Equal(new[] { "bare: False", "gateway: True", "routeServer: True", "named: True" }, topology.Networks.Select(n => n.DisplayName + ": " + n.MayHaveUnseenGateway));
            Assert.All(topology.Networks, n => Assert.Equal(FactState.Unknown, n.HasGateway.State));
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task A_subnets_route_table_applies_its_routes_to_the_subnets_vnet(SdkShape shape)
        {
            var topology = await TopologyProbe.CollectAsync(Usings + @"
class Network
{
    static void Build(Infrastructure infra)
    {
        var table = new RouteTable(""viaFirewall"") { Routes = { new RouteResource(""toSpoke"") { Name = ""to-spoke"", AddressPrefix = ""10.2.0.0/16"", NextHopType = RouteNextHopType.VirtualAppliance, NextHopIPAddress = ""10.0.1.4"" } } };
        infra.Add(new RouteResource(""toInternet"") { Parent = table, Name = ""to-internet"", AddressPrefix = ""0.0.0.0/0"", NextHopType = RouteNextHopType.Internet });
        var spoke = new VirtualNetwork(""spoke"");
        spoke.Subnets.Add(new SubnetResource(""workload"") { Name = ""workload"", RouteTable = table });
        infra.Add(spoke);
        infra.Add(table);
    }
}", shape);

            var table = Assert.Single(topology.RouteTables);
            Assert.Equal("spoke", Assert.Single(table.AssociatedNetworks).DisplayName);
            Assert.Equal(new[] { "to-spoke 10.2.0.0/16 VirtualAppliance 10.0.1.4", "to-internet 0.0.0.0/0 Internet " },
                table.Routes.Select(r => r.Name.Value + " " + r.AddressPrefix.Value + " " + r.NextHopType.Value + " " + (r.NextHopIpAddress.IsKnown ? r.NextHopIpAddress.Value : string.Empty)));
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task A_vnet_handed_to_code_the_analysis_does_not_see_is_no_longer_known(SdkShape shape)
        {
            var topology = await TopologyProbe.CollectAsync(Usings + @"
class Network
{
    static void Build(Infrastructure infra, System.Action<VirtualNetwork> tune)
    {
        var hub = new VirtualNetwork(""hub"") { Location = AzureLocation.WestEurope };
        tune(hub);
        infra.Add(hub);
    }
}", shape);

            var hub = Assert.Single(topology.Networks);
            Assert.False(hub.IsDefined);
            Assert.Equal(FactState.Unknown, hub.Location.State);
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task Vnets_of_two_methods_with_the_same_name_are_one_and_an_existing_one_is_not_defined_again(SdkShape shape)
        {
            var topology = await TopologyProbe.CollectAsync(Usings + @"
class Hub
{
    static void Build(Infrastructure infra) =>
        infra.Add(new VirtualNetwork(""hub"") { Name = ""hub-vnet"", Location = AzureLocation.WestEurope });
}

class Spokes
{
    static void Build(Infrastructure infra)
    {
        var hub = VirtualNetwork.FromExisting(""existingHub"");
        hub.Name = ""hub-vnet"";
        var spoke = new VirtualNetwork(""spoke"");
        infra.Add(hub);
        infra.Add(spoke);
        infra.Add(new VirtualNetworkPeering(""spokeToHub"") { Parent = spoke, RemoteVirtualNetworkId = hub.Id });
    }
}", shape);

            var hub = topology.Networks.Single(n => n.DisplayName == "hub-vnet");
            Assert.True(hub.IsDefined);
            Assert.Equal("westeurope", hub.Location.Value);
            Assert.Same(hub, Assert.Single(topology.Peerings).RemoteNetwork);
        }
    }
}
