using System.Threading.Tasks;
using Peering.Analyzers.Tests.Infrastructure;
using Peering.CodeFixes;

namespace Peering.Analyzers.Tests.Fixes
{
    /// <summary>Fixes of compilation-end diagnostics, with Fix All, on both SDK shapes.</summary>
    public sealed class CompilationFixTests
    {
        private const string Networks = @"
static class Networks
{
    public static async Task CreateAsync(ResourceGroupResource rg)
    {
        foreach (var (name, prefix) in new[] { (""hub"", ""10.0.0.0/16""), (""spoke"", ""10.1.0.0/16""), (""spoke2"", ""10.2.0.0/16"") })
        {
            await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, name, new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { prefix } });
        }
    }
}
";

        [Theory]
        [InlineData(SdkShape.Main)]
        [InlineData(SdkShape.Old)]
        public Task PEER104_sets_AllowGatewayTransit_on_the_peering_back_in_another_method(SdkShape shape) =>
            FixVerifier<RemoteGatewayTransitFixProvider>.VerifyAsync(Networks + @"
static class Hub
{
    public static async Task OfferAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync(""hub"")).Value;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""hub-to-spoke"", new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true, RemoteVirtualNetworkId = (await rg.GetVirtualNetworkAsync(""spoke"")).Value.Id });
        var toSpoke2 = new VirtualNetworkPeeringData { RemoteVirtualNetworkId = (await rg.GetVirtualNetworkAsync(""spoke2"")).Value.Id };
        toSpoke2.AllowGatewayTransit = false;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""hub-to-spoke2"", toSpoke2);
    }
}
static class Spokes
{
    public static async Task UseAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync(""hub"")).Value;
        var spoke = (await rg.GetVirtualNetworkAsync(""spoke"")).Value;
        var spoke2 = (await rg.GetVirtualNetworkAsync(""spoke2"")).Value;
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke-to-hub"", new VirtualNetworkPeeringData { {|PEER104:UseRemoteGateways = true|}, RemoteVirtualNetworkId = hub.Id });
        await spoke2.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke2-to-hub"", new VirtualNetworkPeeringData { {|PEER104:UseRemoteGateways = true|}, RemoteVirtualNetworkId = hub.Id });
    }
}", Networks + @"
static class Hub
{
    public static async Task OfferAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync(""hub"")).Value;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""hub-to-spoke"", new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true, RemoteVirtualNetworkId = (await rg.GetVirtualNetworkAsync(""spoke"")).Value.Id, AllowGatewayTransit = true });
        var toSpoke2 = new VirtualNetworkPeeringData { RemoteVirtualNetworkId = (await rg.GetVirtualNetworkAsync(""spoke2"")).Value.Id };
        toSpoke2.AllowGatewayTransit = true;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""hub-to-spoke2"", toSpoke2);
    }
}
static class Spokes
{
    public static async Task UseAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync(""hub"")).Value;
        var spoke = (await rg.GetVirtualNetworkAsync(""spoke"")).Value;
        var spoke2 = (await rg.GetVirtualNetworkAsync(""spoke2"")).Value;
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke-to-hub"", new VirtualNetworkPeeringData { UseRemoteGateways = true, RemoteVirtualNetworkId = hub.Id });
        await spoke2.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke2-to-hub"", new VirtualNetworkPeeringData { UseRemoteGateways = true, RemoteVirtualNetworkId = hub.Id });
    }
}", shape);

        [Theory]
        [InlineData(SdkShape.Main)]
        [InlineData(SdkShape.Old)]
        public Task PEER305_allows_forwarded_traffic_on_the_peerings_towards_the_appliance(SdkShape shape) =>
            FixVerifier<ForwardedTrafficFixProvider>.VerifyAsync(Routing + @"
static class Peerings
{
    public static async Task PeerAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync(""hub"")).Value;
        var spoke = (await rg.GetVirtualNetworkAsync(""spoke"")).Value;
        var spoke2 = (await rg.GetVirtualNetworkAsync(""spoke2"")).Value;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""hub-to-spoke"", new VirtualNetworkPeeringData { AllowForwardedTraffic = true, RemoteVirtualNetworkId = spoke.Id });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""hub-to-spoke2"", new VirtualNetworkPeeringData { AllowForwardedTraffic = true, RemoteVirtualNetworkId = spoke2.Id });
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke-to-hub"", {|PEER305:new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id }|});
        var back = new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id };
        {|PEER305:back.AllowForwardedTraffic = false|};
        await spoke2.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke2-to-hub"", back);
    }
}", Routing + @"
static class Peerings
{
    public static async Task PeerAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync(""hub"")).Value;
        var spoke = (await rg.GetVirtualNetworkAsync(""spoke"")).Value;
        var spoke2 = (await rg.GetVirtualNetworkAsync(""spoke2"")).Value;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""hub-to-spoke"", new VirtualNetworkPeeringData { AllowForwardedTraffic = true, RemoteVirtualNetworkId = spoke.Id });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""hub-to-spoke2"", new VirtualNetworkPeeringData { AllowForwardedTraffic = true, RemoteVirtualNetworkId = spoke2.Id });
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke-to-hub"", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id, AllowForwardedTraffic = true });
        var back = new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id };
        back.AllowForwardedTraffic = true;
        await spoke2.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke2-to-hub"", back);
    }
}", shape);

        /// <summary>The spoke's subnet routes the other spoke's range through the firewall in the hub (10.0.1.4).</summary>
        private const string Routing = Networks + @"
static class Routing
{
    public static async Task CreateAsync(ResourceGroupResource rg)
    {
        var table = (await rg.GetRouteTables().CreateOrUpdateAsync(WaitUntil.Completed, ""via-firewall"", new RouteTableData
        {
            Routes = { new RouteData { Name = ""to-spoke2"", AddressPrefix = ""10.2.0.0/16"", NextHopType = RouteNextHopType.VirtualAppliance, NextHopIPAddress = ""10.0.1.4"" } },
        })).Value;
        var spoke = (await rg.GetVirtualNetworkAsync(""spoke"")).Value;
        await spoke.GetSubnets().CreateOrUpdateAsync(WaitUntil.Completed, ""workload"", new SubnetData { AddressPrefix = ""10.1.0.0/24"", RouteTable = new RouteTableData { Id = table.Id } });
    }
}
";

        [Theory]
        [InlineData(SdkShape.Main)]
        [InlineData(SdkShape.Old)]
        public Task PEER301_writes_the_peering_back_next_to_the_one_sided_one(SdkShape shape) =>
            FixVerifier<AddReversePeeringFixProvider>.VerifyAsync(Networks + @"
static class Peerings
{
    public static async Task PeerAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync(""hub"")).Value;
        var spoke = (await rg.GetVirtualNetworkAsync(""spoke"")).Value;
        var spoke2 = (await rg.GetVirtualNetworkAsync(""spoke2"")).Value;
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke-to-hub"", {|PEER301:new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true, UseRemoteGateways = true, RemoteVirtualNetworkId = hub.Id }|});
        var data = {|PEER301:new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke2.Id }|};
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""link"", data);
    }
}", Networks + @"
static class Peerings
{
    public static async Task PeerAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync(""hub"")).Value;
        var spoke = (await rg.GetVirtualNetworkAsync(""spoke"")).Value;
        var spoke2 = (await rg.GetVirtualNetworkAsync(""spoke2"")).Value;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""hub-to-spoke"", new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true, AllowGatewayTransit = true, RemoteVirtualNetworkId = spoke.Id });
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke-to-hub"", new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true, UseRemoteGateways = true, RemoteVirtualNetworkId = hub.Id });
        var data = new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke2.Id };
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""link"", data);
        await spoke2.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke2-to-hub"", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id });
    }
}", shape);
    }
}
