using System.Linq;
using System.Threading.Tasks;
using Peering.Analyzers.Tests.Infrastructure;
using Peering.Rules.Model;

namespace Peering.Analyzers.Tests.Facts
{
    /// <summary>What the whole-compilation collection knows about a topology spread over methods, types, helpers and loops.</summary>
    public sealed class CompilationFactTests
    {
        private const string Usings = MethodBodies.Usings;

        public static TheoryData<SdkShape> Shapes() => new(AzureSdk.Shapes);

        private static Task<Topology> Collect(string code, SdkShape shape) => TopologyProbe.CollectAsync(Usings + code, shape);

        private static VirtualNetwork Network(Topology topology, string name) => Assert.Single(topology.Networks, n => n.DisplayName == name);

        private static string[] Prefixes(VirtualNetwork network) => network.AddressPrefixes.Value.Select(p => p.Prefix.Text).ToArray();

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task A_vnet_created_in_one_class_is_the_vnet_peered_in_another(SdkShape shape)
        {
            var topology = await Collect(@"
static class Networks
{
    public const string HubName = ""hub"";
    public static async Task CreateAsync(ResourceGroupResource rg)
    {
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, HubName, new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { ""10.0.0.0/16"", ""fd00::/48"" } });
    }
}
static class Peerings
{
    public static async Task PeerAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync(Networks.HubName)).Value;
        var spoke = (await rg.GetVirtualNetworkAsync(""spoke"")).Value;
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke-to-hub"", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id });
    }
}", shape);

            var hub = Network(topology, "hub");
            Assert.True(hub.IsDefined);
            Assert.Equal("westeurope", hub.Location.Value);
            Assert.Equal(new[] { "10.0.0.0/16", "fd00::/48" }, Prefixes(hub));
            var peering = Assert.Single(topology.Peerings);
            Assert.Same(hub, peering.RemoteNetwork);
            Assert.Same(Network(topology, "spoke"), peering.Parent);
            Assert.False(peering.Parent!.IsDefined);
            Assert.False(peering.IsConditional);
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task A_loop_over_both_directions_writes_both_peerings_with_interpolated_names(SdkShape shape)
        {
            var topology = await Collect(@"
class Deployment
{
    async Task DeployAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, ""hub"", new VirtualNetworkData { AddressPrefixes = { ""10.0.0.0/16"" } })).Value;
        var spoke = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke"", new VirtualNetworkData { AddressPrefixes = { ""10.1.0.0/16"" } })).Value;
        foreach (var (from, fromName, to, toName) in new[] { (hub, ""hub"", spoke, ""spoke""), (spoke, ""spoke"", hub, ""hub"") })
        {
            await from.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, $""{fromName}-to-{toName}"", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = to.Id });
        }
    }
}", shape);

            var links = topology.Peerings.Select(p => $"{p.Parent} -> {p.RemoteNetwork} as {p.Name.Value}").OrderBy(s => s);
            Assert.Equal(new[] { "hub -> spoke as hub-to-spoke", "spoke -> hub as spoke-to-hub" }, links);
            Assert.All(topology.Peerings, p => Assert.False(p.IsConditional));
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task A_helper_that_builds_vnet_data_from_its_arguments_is_followed_at_each_call(SdkShape shape)
        {
            var topology = await Collect(@"
class Deployment
{
    static readonly string[] SpokeNames = { ""ignored"" };
    static VirtualNetworkData Spoke(AzureLocation region, string prefix) => new VirtualNetworkData { Location = region, AddressPrefixes = { prefix } };

    async Task<VirtualNetworkResource> CreateAsync(ResourceGroupResource rg, string name, VirtualNetworkData data) =>
        (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, name, data)).Value;

    async Task DeployAsync(ResourceGroupResource rg, string fromConfiguration)
    {
        await CreateAsync(rg, ""east"", Spoke(AzureLocation.EastUS, ""10.1.0.0/16""));
        await CreateAsync(rg, ""west"", Spoke(""West US"", ""10.2.0.0/16""));
        await CreateAsync(rg, ""configured"", Spoke(AzureLocation.WestUS, fromConfiguration));
    }
}", shape);

            Assert.Equal("eastus", Network(topology, "east").Location.Value);
            Assert.Equal(new[] { "10.1.0.0/16" }, Prefixes(Network(topology, "east")));
            Assert.Equal("westus", Network(topology, "west").Location.Value);
            Assert.Equal(new[] { "10.2.0.0/16" }, Prefixes(Network(topology, "west")));
            Assert.Equal(FactState.Unknown, Network(topology, "configured").AddressPrefixes.State);
            Assert.All(topology.Networks, n => Assert.True(n.IsDefined));
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task Names_from_properties_and_readonly_fields_set_once_are_known_in_every_method(SdkShape shape)
        {
            var topology = await Collect(@"
static class Names
{
    public static string Hub => ""hub"";
    public static string Spoke { get; } = ""spoke"";
    public static readonly AzureLocation Region = AzureLocation.NorthEurope;
    public static string Mutable { get; set; } = ""mutable"";
}
class Deployment
{
    async Task CreateAsync(ResourceGroupResource rg)
    {
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, Names.Hub, new VirtualNetworkData { Location = Names.Region });
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, Names.Spoke, new VirtualNetworkData { Location = Names.Region });
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, Names.Mutable, new VirtualNetworkData());
    }

    async Task PeerAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync(""hub"")).Value;
        var spoke = (await rg.GetVirtualNetworkAsync(""spoke"")).Value;
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, $""{Names.Spoke}-to-{Names.Hub}"", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id });
    }
}", shape);

            Assert.Equal("northeurope", Network(topology, "hub").Location.Value);
            var peering = Assert.Single(topology.Peerings);
            Assert.Equal("spoke-to-hub", peering.Name.Value);
            Assert.Same(Network(topology, "hub"), peering.RemoteNetwork);
            Assert.True(peering.Parent!.IsDefined);
            Assert.DoesNotContain(topology.Networks, n => n.DisplayName == "mutable");
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task A_gateway_deployed_into_a_subnet_of_the_hub_gives_the_hub_a_gateway(SdkShape shape)
        {
            var topology = await Collect(@"
static class Gateways
{
    public static async Task CreateAsync(ResourceGroupResource rg)
    {
        var subnetId = SubnetResource.CreateResourceIdentifier(""00000000-0000-0000-0000-000000000000"", ""network-rg"", ""hub"", ""GatewaySubnet"");
        var gateway = new VirtualNetworkGatewayData { Location = AzureLocation.WestEurope };
        gateway.IPConfigurations.Add(new VirtualNetworkGatewayIPConfiguration { SubnetId = subnetId });
        await rg.GetVirtualNetworkGateways().CreateOrUpdateAsync(WaitUntil.Completed, ""hub-gateway"", gateway);
    }

    public static async Task CreateSecondAsync(ResourceGroupResource rg, VirtualNetworkResource other)
    {
        var subnet = (await other.GetSubnets().GetAsync(""GatewaySubnet"")).Value;
        await rg.GetVirtualNetworkGateways().CreateOrUpdateAsync(WaitUntil.Completed, ""other-gateway"", new VirtualNetworkGatewayData { IPConfigurations = { new VirtualNetworkGatewayIPConfiguration { SubnetId = subnet.Id } } });
    }
}", shape);

            Assert.True(Network(topology, "hub").HasGateway.Is(true));
            Assert.True(Network(topology, "other").HasGateway.Is(true));
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task A_route_table_created_in_one_method_applies_to_the_vnet_whose_subnet_uses_it_in_another(SdkShape shape)
        {
            var topology = await Collect(@"
static class Routing
{
    public static async Task CreateAsync(ResourceGroupResource rg)
    {
        var table = (await rg.GetRouteTables().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke-routes"", new RouteTableData
        {
            Routes = { new RouteData { Name = ""to-spoke2"", AddressPrefix = ""10.2.0.0/16"", NextHopType = RouteNextHopType.VirtualAppliance, NextHopIPAddress = ""10.0.1.4"" } },
        })).Value;
        await table.GetRoutes().CreateOrUpdateAsync(WaitUntil.Completed, ""default"", new RouteData { AddressPrefix = ""0.0.0.0/0"", NextHopType = RouteNextHopType.Internet });
    }
}
static class Spokes
{
    public static async Task CreateAsync(ResourceGroupResource rg)
    {
        var table = (await rg.GetRouteTableAsync(""spoke-routes"")).Value;
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke1"", new VirtualNetworkData
        {
            AddressPrefixes = { ""10.1.0.0/16"" },
            Subnets = { new SubnetData { Name = ""workload"", AddressPrefix = ""10.1.0.0/24"", RouteTable = new RouteTableData { Id = table.Id } } },
        });
    }
}", shape);

            var table = Assert.Single(topology.RouteTables);
            Assert.Equal(new[] { "spoke1" }, table.AssociatedNetworks.Select(n => n.DisplayName));
            var routes = table.Routes.Select(r => $"{r.Name.Value} {r.AddressPrefix.Value} {r.NextHopType.Value} {(r.NextHopIpAddress.IsKnown ? r.NextHopIpAddress.Value : "-")}").OrderBy(s => s);
            Assert.Equal(new[] { "default 0.0.0.0/0 Internet -", "to-spoke2 10.2.0.0/16 VirtualAppliance 10.0.1.4" }, routes);
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task Branches_runtime_values_and_unnamed_local_groups_stay_unknown_or_apart(SdkShape shape)
        {
            var topology = await Collect(@"
class Deployment
{
    async Task DeployAsync(ResourceGroupResource rg, bool peerBack, VirtualNetworkData fromCaller)
    {
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, ""hub"", fromCaller)).Value;
        var spoke = (await rg.GetVirtualNetworkAsync(""spoke"")).Value;
        if (peerBack)
        {
            await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""hub-to-spoke"", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke.Id });
        }
    }

    async Task OtherAsync(SubscriptionResource subscription, string groupName)
    {
        var group = (await subscription.GetResourceGroupAsync(groupName)).Value;
        await group.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, ""hub"", new VirtualNetworkData());
    }
}", shape);

            var peering = Assert.Single(topology.Peerings);
            Assert.True(peering.IsConditional);
            Assert.Equal(2, topology.Networks.Count(n => n.DisplayName == "hub"));
            var fromParameter = Assert.Single(topology.Networks, n => n.DisplayName == "hub" && !n.IsDefined);
            Assert.Equal(FactState.Unknown, fromParameter.Location.State);
            Assert.Equal(FactState.Unknown, fromParameter.AddressPrefixes.State);
        }
    }
}
