using System.Linq;
using System.Threading.Tasks;
using Peering.Analyzers.Tests.Infrastructure;
using Peering.Rules.Model;

namespace Peering.Analyzers.Tests.Facts
{
    /// <summary>What the C# front end takes from subnet peering, IPv6-only peering, subnets and IPAM pool allocations.</summary>
    public sealed class SubnetPeeringFactTests
    {
        public static TheoryData<SdkShape> Shapes() => new(AzureSdk.Shapes);

        private static Task<Topology> Collect(string code, SdkShape shape) => TopologyProbe.CollectAsync(MethodBodies.Usings + code, shape);

        private static VirtualNetwork Network(Topology topology, string name) => Assert.Single(topology.Networks, n => n.DisplayName == name);

        private static VirtualNetworkPeering Peering(Topology topology, string name) => Assert.Single(topology.Peerings, p => p.Name.IsKnown && p.Name.Value == name);

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task Peering_data_gives_the_subnet_peering_flag_names_and_IPv6_only_flag_and_leaves_them_unset_when_not_written(SdkShape shape)
        {
            var topology = await Collect(@"
class Deployment
{
    async Task PeerAsync(VirtualNetworkResource a, VirtualNetworkResource b, string later, bool ipv6)
    {
        var data = new VirtualNetworkPeeringData { RemoteVirtualNetworkId = b.Id, AreCompleteVnetsPeered = false, LocalSubnetNames = { ""app"" }, EnableOnlyIPv6Peering = true };
        data.LocalSubnetNames.Add(""web"");
        data.RemoteSubnetNames.Add(""db"");
        await a.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""subnets"", data);

        var open = new VirtualNetworkPeeringData { RemoteVirtualNetworkId = b.Id, EnableOnlyIPv6Peering = ipv6 };
        open.LocalSubnetNames.Add(later);
        if (ipv6)
        {
            open.RemoteSubnetNames.Add(""db"");
        }

        await a.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""open"", open);
        await b.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""complete"", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = a.Id });
    }
}", shape);

            var subnets = Peering(topology, "subnets");
            Assert.True(subnets.PeerCompleteVirtualNetworks.Is(false));
            Assert.Equal(new[] { "app", "web" }, subnets.LocalSubnetNames.Value);
            Assert.Equal(new[] { "db" }, subnets.RemoteSubnetNames.Value);
            Assert.True(subnets.EnableOnlyIPv6Peering.Is(true));

            var open = Peering(topology, "open");
            Assert.Equal(FactState.Unknown, open.LocalSubnetNames.State);
            Assert.Equal(FactState.Unknown, open.RemoteSubnetNames.State);
            Assert.Equal(FactState.Unknown, open.EnableOnlyIPv6Peering.State);

            var complete = Peering(topology, "complete");
            Assert.Equal(FactState.Absent, complete.PeerCompleteVirtualNetworks.State);
            Assert.Equal(FactState.Absent, complete.LocalSubnetNames.State);
            Assert.Equal(FactState.Absent, complete.EnableOnlyIPv6Peering.State);
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task Subnets_sent_with_the_VNet_are_all_its_subnets_and_subnets_created_alone_are_not(SdkShape shape)
        {
            var topology = await Collect(@"
class Deployment
{
    async Task CreateAsync(ResourceGroupResource rg, SubnetData unseen)
    {
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, ""inline"", new VirtualNetworkData
        {
            AddressPrefixes = { ""10.0.0.0/16"" },
            Subnets = { new SubnetData { Name = ""app"", AddressPrefix = ""10.0.1.0/24"" }, new SubnetData { Name = ""dual"", AddressPrefixes = { ""10.0.2.0/24"", ""fd00::/64"" } } },
        });
        var separate = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, ""separate"", new VirtualNetworkData { AddressPrefixes = { ""10.1.0.0/16"" } })).Value;
        await separate.GetSubnets().CreateOrUpdateAsync(WaitUntil.Completed, ""app"", new SubnetData { AddressPrefix = ""10.1.1.0/24"" });
        var data = new VirtualNetworkData { AddressPrefixes = { ""10.2.0.0/16"" }, Subnets = { new SubnetData { Name = ""app"", AddressPrefix = ""10.2.1.0/24"" } } };
        data.Subnets.Add(unseen);
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, ""partly"", data);
    }
}", shape);

            var inline = Network(topology, "inline");
            Assert.True(inline.SubnetsComplete.Is(true));
            Assert.Equal(new[] { "10.0.2.0/24", "fd00::/64" }, inline.SubnetNamed("dual").Value.AddressPrefixes.Value.Select(p => p.Prefix.Text));
            Assert.Equal(FactState.Absent, inline.SubnetNamed("cache").State);

            var separate = Network(topology, "separate");
            Assert.Equal(new[] { "10.1.1.0/24" }, separate.SubnetNamed("app").Value.AddressPrefixes.Value.Select(p => p.Prefix.Text));
            Assert.Equal(FactState.Unknown, separate.SubnetNamed("cache").State);

            Assert.Equal(FactState.Unknown, Network(topology, "partly").SubnetNamed("cache").State);
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task An_address_space_or_subnet_allocated_from_an_IPAM_pool_is_unknown(SdkShape shape)
        {
            var topology = await Collect(@"
class Deployment
{
    static readonly ResourceIdentifier Pool = new ResourceIdentifier(""/subscriptions/s/resourceGroups/rg-avnm/providers/Microsoft.Network/networkManagers/avnm/ipamPools/spokes"");

    async Task CreateAsync(ResourceGroupResource rg)
    {
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, ""pooled"", new VirtualNetworkData
        {
            AddressSpace = new VirtualNetworkAddressSpace { IpamPoolPrefixAllocations = { new IpamPoolPrefixAllocation { Id = Pool, NumberOfIPAddresses = ""65536"" } } },
            Subnets = { new SubnetData { Name = ""app"", IpamPoolPrefixAllocations = { new IpamPoolPrefixAllocation { Id = Pool, NumberOfIPAddresses = ""256"" } } } },
        });
        var data = new VirtualNetworkData { AddressPrefixes = { ""10.0.0.0/16"" } };
        data.AddressSpace.IpamPoolPrefixAllocations.Add(new IpamPoolPrefixAllocation { Id = Pool, NumberOfIPAddresses = ""256"" });
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, ""grown"", data);
    }
}", shape);

            var pooled = Network(topology, "pooled");
            Assert.Equal(FactState.Unknown, pooled.AddressPrefixes.State);
            Assert.Equal(FactState.Unknown, pooled.SubnetNamed("app").Value.AddressPrefixes.State);
            Assert.Equal(FactState.Unknown, Network(topology, "grown").AddressPrefixes.State);
        }
    }
}
