using System.Linq;
using Peering.Rules.Model;
using Peering.Templates.Tests.Infrastructure;
using static Peering.Templates.Tests.Infrastructure.TemplateRun;

namespace Peering.Templates.Tests.Arm
{
    /// <summary>What the template reader takes from subnet peering, IPv6-only peering, subnets and IPAM pool allocations.</summary>
    public sealed class SubnetPeeringReadTests
    {
        private const string Pool = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-avnm/providers/Microsoft.Network/networkManagers/avnm/ipamPools/spokes";

        [Fact]
        public void A_peering_reads_peerCompleteVnets_the_subnet_names_and_enableOnlyIPv6Peering_and_defaults_them_when_unset()
        {
            var result = Analyze(Template("""
                [
                  { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2024-05-01", "name": "a/a-to-b",
                    "properties": { "remoteVirtualNetwork": { "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/b" },
                      "peerCompleteVnets": false, "localSubnetNames": [ "app", "[parameters('second')]" ], "remoteSubnetNames": [ "db" ], "enableOnlyIPv6Peering": true } },
                  { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2024-05-01", "name": "b/b-to-a",
                    "properties": { "remoteVirtualNetwork": { "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/a" } } }
                ]
                """, parameters: """{ "second": { "type": "string", "defaultValue": "web" } }"""));

            var subnetPeering = result.Peering("a-to-b");
            Assert.True(subnetPeering.PeerCompleteVirtualNetworks.Is(false));
            Assert.Equal(new[] { "app", "web" }, subnetPeering.LocalSubnetNames.Value);
            Assert.Equal(new[] { "db" }, subnetPeering.RemoteSubnetNames.Value);
            Assert.True(subnetPeering.EnableOnlyIPv6Peering.Is(true));

            var complete = result.Peering("b-to-a");
            Assert.Equal(FactState.Absent, complete.PeerCompleteVirtualNetworks.State);
            Assert.Equal(FactState.Absent, complete.LocalSubnetNames.State);
            Assert.Equal(FactState.Absent, complete.EnableOnlyIPv6Peering.State);
        }

        [Fact]
        public void Inline_subnets_are_all_the_subnets_of_a_VNet_and_subnet_resources_alone_are_not()
        {
            var result = Analyze(Template("""
                [
                  { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "inline", "location": "westeurope",
                    "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] },
                      "subnets": [ { "name": "app", "properties": { "addressPrefix": "10.0.1.0/24" } },
                                   { "name": "dual", "properties": { "addressPrefixes": [ "10.0.2.0/24", "fd00:1::/64" ] } } ] } },
                  { "type": "Microsoft.Network/virtualNetworks/subnets", "apiVersion": "2024-05-01", "name": "inline/extra",
                    "properties": { "addressPrefix": "10.0.3.0/24" } },
                  { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "separate", "location": "westeurope",
                    "properties": { "addressSpace": { "addressPrefixes": [ "10.1.0.0/16" ] } } },
                  { "type": "Microsoft.Network/virtualNetworks/subnets", "apiVersion": "2024-05-01", "name": "separate/app",
                    "properties": { "addressPrefix": "10.1.1.0/24" } }
                ]
                """));

            var inline = result.Network("inline");
            Assert.True(inline.SubnetsComplete.Is(true));
            Assert.Equal(new[] { "app", "dual", "extra" }, inline.Subnets.Select(s => s.Name.Value));
            Assert.Equal(new[] { "10.0.2.0/24", "fd00:1::/64" }, inline.SubnetNamed("DUAL").Value.AddressPrefixes.Value.Select(p => p.Prefix.Text));
            Assert.Equal(FactState.Absent, inline.SubnetNamed("cache").State);

            var separate = result.Network("separate");
            Assert.Equal(FactState.Unknown, separate.SubnetsComplete.State);
            Assert.True(separate.SubnetNamed("app").IsKnown);
            Assert.Equal(FactState.Unknown, separate.SubnetNamed("cache").State);
        }

        [Fact]
        public void An_address_space_or_subnet_allocated_from_an_IPAM_pool_is_unknown_and_claims_nothing()
        {
            var result = Analyze(Template($$"""
                [
                  { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "pooled", "location": "westeurope",
                    "properties": { "addressSpace": { "ipamPoolPrefixAllocations": [ { "numberOfIpAddresses": "65536", "pool": { "id": "{{Pool}}" } } ] },
                      "subnets": [ { "name": "app", "properties": { "ipamPoolPrefixAllocations": [ { "numberOfIpAddresses": "256", "pool": { "id": "{{Pool}}" } } ] } } ] } },
                  { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "unpooled", "location": "westeurope",
                    "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ], "ipamPoolPrefixAllocations": [] } } }
                ]
                """));

            var pooled = result.Network("pooled");
            Assert.Equal(FactState.Unknown, pooled.AddressPrefixes.State);
            Assert.Equal(FactState.Unknown, pooled.SubnetNamed("app").Value.AddressPrefixes.State);
            Assert.Equal("the address space of VNet 'unpooled'", Assert.Single(result.Topology.AddressPrefixUses).Owner);
            Assert.Empty(result.Findings);

            // An empty list of allocations adds nothing to the prefixes written.
            Assert.Equal(new[] { "10.0.0.0/16" }, result.Network("unpooled").AddressPrefixes.Value.Select(p => p.Prefix.Text));
        }

        [Fact]
        public void A_subnet_list_or_subnet_names_not_evaluated_stay_unknown_with_their_cause()
        {
            var result = Analyze(Template("""
                [
                  { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "a", "location": "westeurope",
                    "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] }, "subnets": "[reference('plan').subnets]" } },
                  { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2024-05-01", "name": "a/a-to-b",
                    "properties": { "remoteVirtualNetwork": { "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/b" },
                      "peerCompleteVnets": false, "localSubnetNames": "[reference('plan').names]" } }
                ]
                """));

            Assert.Equal(FactState.Unknown, result.Network("a").SubnetsComplete.State);
            Assert.NotNull(result.Network("a").SubnetsComplete.Source);
            Assert.Equal(FactState.Unknown, result.Peering("a-to-b").LocalSubnetNames.State);
            Assert.NotNull(result.Peering("a-to-b").LocalSubnetNames.Source);
        }
    }
}
