using System.Linq;
using Peering.Analyzers.Facts;
using Peering.Analyzers.Tests.Infrastructure;
using Peering.Rules.Model;

namespace Peering.Analyzers.Tests.Facts.Adapters
{
    /// <summary>The Azure.ResourceManager.Network adapter: which SDK members mean which facts, in each SDK shape.</summary>
    public sealed class ResourceManagerAdapterTests
    {
        public static TheoryData<SdkShape> Shapes() => new(AzureSdk.Shapes);

        [Theory]
        [MemberData(nameof(Shapes))]
        public void A_remote_set_by_id_names_the_vnet_and_so_does_the_sub_resource_of_the_newer_shape(SdkShape shape)
        {
            var subResource = shape == SdkShape.Main
                ? "spoke.GetVirtualNetworkPeerings().CreateOrUpdate(WaitUntil.Completed, \"spoke-to-hub\", new VirtualNetworkPeeringData { RemoteVirtualNetwork = new WritableSubResource { Id = hub.Id } });"
                : string.Empty;
            var facts = Read(@"
static class C
{
    static void M(ResourceGroupResource rg)
    {
        var hub = rg.GetVirtualNetworks().Get(""hub"").Value;
        var spoke = rg.GetVirtualNetworks().Get(""spoke"").Value;
        hub.GetVirtualNetworkPeerings().CreateOrUpdate(WaitUntil.Completed, ""hub-to-spoke"", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke.Id });
        " + subResource + @"
    }
}", shape);

            var peerings = facts.Topology.Peerings;
            Assert.Equal(shape == SdkShape.Main ? 2 : 1, peerings.Count);
            Assert.Equal("spoke", peerings[0].RemoteNetwork?.DisplayName);
            Assert.Equal("hub", peerings[0].Parent?.DisplayName);
            Assert.All(peerings.Skip(1), p => Assert.Same(peerings[0].Parent, p.RemoteNetwork));
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public void A_member_a_constructor_and_a_string_name_one_region(SdkShape shape)
        {
            var facts = Read(@"
static class C
{
    static void M(ResourceGroupResource rg)
    {
        rg.GetVirtualNetworks().CreateOrUpdate(WaitUntil.Completed, ""a"", new VirtualNetworkData { Location = AzureLocation.WestEurope });
        rg.GetVirtualNetworks().CreateOrUpdate(WaitUntil.Completed, ""b"", new VirtualNetworkData { Location = new AzureLocation(""West Europe"") });
        rg.GetVirtualNetworks().CreateOrUpdate(WaitUntil.Completed, ""c"", new VirtualNetworkData { Location = ""westeurope"" });
    }
}", shape);

            Assert.Equal(new[] { "westeurope", "westeurope", "westeurope" }, facts.Topology.Networks.Select(n => n.Location.Value));
            Assert.All(facts.Topology.Networks, n => Assert.True(n.IsDefined));
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public void A_gateway_whose_ip_configuration_names_a_subnet_is_in_that_subnets_vnet(SdkShape shape)
        {
            var facts = Read(@"
static class C
{
    static void M(ResourceGroupResource rg)
    {
        var subnet = SubnetResource.CreateResourceIdentifier(""sub"", ""network-rg"", ""hub"", ""GatewaySubnet"");
        rg.GetVirtualNetworkGateways().CreateOrUpdate(WaitUntil.Completed, ""vpn"", new VirtualNetworkGatewayData { IPConfigurations = { new VirtualNetworkGatewayIPConfiguration { SubnetId = subnet } } });
    }
}", shape);

            var hub = Assert.Single(facts.Topology.Networks);
            Assert.Equal("hub", hub.DisplayName);
            Assert.True(hub.HasGateway.Is(true));
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public void The_data_of_a_fetched_peering_is_unknown_but_for_what_the_code_sets_and_its_write_is_a_rewrite(SdkShape shape)
        {
            var facts = Read(@"
static class C
{
    static void M(VirtualNetworkResource hub)
    {
        var peering = hub.GetVirtualNetworkPeering(""hub-to-spoke"").Value;
        var data = peering.Data;
        data.AllowForwardedTraffic = true;
        peering.Update(WaitUntil.Completed, data);
    }
}", shape);

            var rewritten = Assert.Single(facts.Topology.Peerings);
            Assert.Same(rewritten, Assert.Single(facts.Rewrites));
            Assert.True(rewritten.AllowForwardedTraffic.Is(true));
            Assert.Equal(FactState.Unknown, rewritten.AllowVirtualNetworkAccess.State);
            Assert.Equal(FactState.Unknown, rewritten.Remote.State);
            Assert.True(rewritten.Name.Is("hub-to-spoke"));
            Assert.Same(Assert.Single(facts.Topology.Networks), rewritten.Parent);
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public void Vnet_data_handed_to_code_the_analysis_does_not_see_no_longer_tells_its_region(SdkShape shape)
        {
            var facts = Read(@"
static class C
{
    static void M(ResourceGroupResource rg, System.Action<VirtualNetworkData> configure)
    {
        var data = new VirtualNetworkData { Location = AzureLocation.WestEurope };
        configure(data);
        rg.GetVirtualNetworks().CreateOrUpdate(WaitUntil.Completed, ""hub"", data);
    }
}", shape);

            var hub = Assert.Single(facts.Topology.Networks);
            Assert.Equal(FactState.Unknown, hub.Location.State);
            Assert.False(hub.IsDefined);
        }

        private static BlockFacts Read(string code, SdkShape shape)
        {
            var bodies = new MethodBodies(code, shape);
            return CodeReader.Read(bodies.Body("M"), bodies.Libraries);
        }
    }
}
