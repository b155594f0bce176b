using System.Threading.Tasks;
using Peering.Analyzers.Tests.Infrastructure;
using Peering.CodeFixes;
using AcrossRegions = Peering.Analyzers.Tests.Infrastructure.FixVerifier<Peering.CodeFixes.UseRemoteGatewaysAcrossRegionsFixProvider>;
using BothFlags = Peering.Analyzers.Tests.Infrastructure.FixVerifier<Peering.CodeFixes.ConflictingGatewayFlagsFixProvider>;
using RemoteTransit = Peering.Analyzers.Tests.Infrastructure.FixVerifier<Peering.CodeFixes.RemoteGatewayTransitFixProvider>;
using ServiceManaged = Peering.Analyzers.Tests.Infrastructure.FixVerifier<Peering.CodeFixes.ServiceManagedPropertyFixProvider>;

namespace Peering.Analyzers.Tests.Fixes
{
    /// <summary>The code fixes on Azure.Provisioning programs: the flags are assignments of literals there too.</summary>
    public sealed class ProvisioningFixTests
    {
        private const string AcrossRegionsBefore = @"
class Network
{
    static void Build(Infrastructure infra)
    {
        var hub = new VirtualNetwork(""hub"") { Location = AzureLocation.WestEurope };
        var spoke = new VirtualNetwork(""spoke"") { Location = AzureLocation.EastUS };
        var other = new VirtualNetwork(""other"") { Location = AzureLocation.WestUS };
        infra.Add(hub);
        infra.Add(spoke);
        infra.Add(other);
        infra.Add(new VirtualNetworkPeering(""spokeToHub"") { Parent = spoke, RemoteVirtualNetworkId = hub.Id, {|PEER101:UseRemoteGateways = true|} });
        var otherToHub = new VirtualNetworkPeering(""otherToHub"") { Parent = other, RemoteVirtualNetworkId = hub.Id };
        {|PEER101:otherToHub.UseRemoteGateways = true|};
        infra.Add(otherToHub);
    }
}
";

        private const string BothFlagsBefore = @"
class Network
{
    static void Build(Infrastructure infra, VirtualNetwork hub, VirtualNetwork spoke)
    {
        infra.Add(new VirtualNetworkPeering(""hubToSpoke"")
        {
            Parent = hub,
            RemoteVirtualNetworkId = spoke.Id,
            AllowGatewayTransit = true,
            {|PEER102:UseRemoteGateways = true|},
        });
        var spokeToHub = new VirtualNetworkPeering(""spokeToHub"") { Parent = spoke, RemoteVirtualNetworkId = hub.Id, AllowGatewayTransit = true };
        {|PEER102:spokeToHub.UseRemoteGateways = true|};
        infra.Add(spokeToHub);
    }
}
";

        [Theory]
        [InlineData(SdkShape.Main)]
        [InlineData(SdkShape.Old)]
        public Task PEER101_sets_UseRemoteGateways_false_in_initializers_and_statements_and_fixes_all(SdkShape shape) =>
            AcrossRegions.VerifyAsync(
                AcrossRegionsBefore,
                AcrossRegionsBefore.Replace("{|PEER101:UseRemoteGateways = true|}", "UseRemoteGateways = false").Replace("{|PEER101:otherToHub.UseRemoteGateways = true|}", "otherToHub.UseRemoteGateways = false"),
                shape,
                ignore: new[] { "PEER301" },
                library: SdkLibrary.Provisioning);

        [Theory]
        [InlineData(SdkShape.Main)]
        [InlineData(SdkShape.Old)]
        public Task PEER102_keeping_AllowGatewayTransit_turns_UseRemoteGateways_off_everywhere(SdkShape shape) =>
            BothFlags.VerifyAsync(
                BothFlagsBefore,
                BothFlagsBefore.Replace("{|PEER102:UseRemoteGateways = true|}", "UseRemoteGateways = false").Replace("{|PEER102:spokeToHub.UseRemoteGateways = true|}", "spokeToHub.UseRemoteGateways = false"),
                shape,
                ConflictingGatewayFlagsFixProvider.KeepAllowGatewayTransitKey,
                library: SdkLibrary.Provisioning);

        [Theory]
        [InlineData(SdkShape.Main)]
        [InlineData(SdkShape.Old)]
        public Task PEER102_keeping_UseRemoteGateways_turns_AllowGatewayTransit_off_everywhere(SdkShape shape) =>
            BothFlags.VerifyAsync(
                BothFlagsBefore,
                BothFlagsBefore.Replace("{|PEER102:UseRemoteGateways = true|}", "UseRemoteGateways = true").Replace("{|PEER102:spokeToHub.UseRemoteGateways = true|}", "spokeToHub.UseRemoteGateways = true")
                    .Replace("AllowGatewayTransit = true", "AllowGatewayTransit = false"),
                shape,
                ConflictingGatewayFlagsFixProvider.KeepUseRemoteGatewaysKey,
                library: SdkLibrary.Provisioning);

        [Theory]
        [InlineData(SdkShape.Main)]
        [InlineData(SdkShape.Old)]
        public Task PEER104_sets_AllowGatewayTransit_on_the_peering_back(SdkShape shape) =>
            RemoteTransit.VerifyAsync(@"
class Network
{
    static void Build(Infrastructure infra)
    {
        var hub = new VirtualNetwork(""hub"") { Location = AzureLocation.WestEurope };
        var spoke = new VirtualNetwork(""spoke"") { Location = AzureLocation.WestEurope };
        infra.Add(hub);
        infra.Add(spoke);
        infra.Add(new VirtualNetworkPeering(""hubToSpoke"") { Parent = hub, RemoteVirtualNetworkId = spoke.Id, AllowGatewayTransit = false });
        infra.Add(new VirtualNetworkPeering(""spokeToHub"") { Parent = spoke, RemoteVirtualNetworkId = hub.Id, {|PEER104:UseRemoteGateways = true|} });
    }
}
", @"
class Network
{
    static void Build(Infrastructure infra)
    {
        var hub = new VirtualNetwork(""hub"") { Location = AzureLocation.WestEurope };
        var spoke = new VirtualNetwork(""spoke"") { Location = AzureLocation.WestEurope };
        infra.Add(hub);
        infra.Add(spoke);
        infra.Add(new VirtualNetworkPeering(""hubToSpoke"") { Parent = hub, RemoteVirtualNetworkId = spoke.Id, AllowGatewayTransit = true });
        infra.Add(new VirtualNetworkPeering(""spokeToHub"") { Parent = spoke, RemoteVirtualNetworkId = hub.Id, UseRemoteGateways = true });
    }
}
", shape, library: SdkLibrary.Provisioning);

        [Theory]
        [InlineData(SdkShape.Main)]
        [InlineData(SdkShape.Old)]
        public Task PEER406_removes_initializer_members_and_statements(SdkShape shape) =>
            ServiceManaged.VerifyAsync(@"
class Network
{
    static void Build(Infrastructure infra, VirtualNetwork hub, VirtualNetwork spoke)
    {
        var peering = new VirtualNetworkPeering(""hubToSpoke"")
        {
            Parent = hub,
            RemoteVirtualNetworkId = spoke.Id,
            {|PEER406:PeeringState = VirtualNetworkPeeringState.Connected|},
            AllowForwardedTraffic = true,
        };
        {|PEER406:peering.PeeringSyncLevel = VirtualNetworkPeeringLevel.FullyInSync|};
        infra.Add(peering);
    }
}
", @"
class Network
{
    static void Build(Infrastructure infra, VirtualNetwork hub, VirtualNetwork spoke)
    {
        var peering = new VirtualNetworkPeering(""hubToSpoke"")
        {
            Parent = hub,
            RemoteVirtualNetworkId = spoke.Id,
            AllowForwardedTraffic = true,
        };
        infra.Add(peering);
    }
}
", shape, library: SdkLibrary.Provisioning);
    }
}
