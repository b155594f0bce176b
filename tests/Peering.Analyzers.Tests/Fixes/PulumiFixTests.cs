using System.Threading.Tasks;
using Peering.Analyzers.Tests.Infrastructure;
using Peering.CodeFixes;

namespace Peering.Analyzers.Tests.Fixes
{
    /// <summary>The code fixes whose intent is plain in a Pulumi program too: they edit the args of a peering resource or an inline peering.</summary>
    public sealed class PulumiFixTests
    {
        private const string AzureNativeUsings = "using Pulumi;\nusing Pulumi.AzureNative.Network;\nusing Pulumi.AzureNative.Resources;\nusing Inputs = Pulumi.AzureNative.Network.Inputs;\n";

        private const string ClassicUsings = "using Pulumi;\nusing Pulumi.Azure.Core;\nusing Pulumi.Azure.Network;\n";

        /// <summary>Both gateway flags on the hub's peering resource and on the spoke's inline peering.</summary>
        private const string BothFlags = AzureNativeUsings + @"
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup(""network"");
        var hub = new VirtualNetwork(""hub"", new() { ResourceGroupName = rg.Name, AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { ""10.0.0.0/16"" } } });
        var spoke = new VirtualNetwork(""spoke"", new()
        {
            ResourceGroupName = rg.Name,
            AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { ""10.1.0.0/16"" } },
            VirtualNetworkPeerings = { new Inputs.VirtualNetworkPeeringArgs { Name = ""spoke-to-hub"", RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id }, AllowGatewayTransit = true, {|PEER102:UseRemoteGateways = true|} } },
        });
        new VirtualNetworkPeering(""hub-to-spoke"", new VirtualNetworkPeeringArgs
        {
            ResourceGroupName = rg.Name,
            VirtualNetworkName = hub.Name,
            RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id },
            AllowGatewayTransit = true,
            {|PEER102:UseRemoteGateways = true|},
        });
    }
}
";

        [Theory]
        [InlineData(SdkShape.AzureNative)]
        [InlineData(SdkShape.AzureNativeV2)]
        public Task PEER102_keeping_AllowGatewayTransit_turns_UseRemoteGateways_off_on_resources_and_inline(SdkShape shape) =>
            FixVerifier<ConflictingGatewayFlagsFixProvider>.VerifyAsync(BothFlags, BothFlags.Replace("{|PEER102:UseRemoteGateways = true|}", "UseRemoteGateways = false"),
                shape, ConflictingGatewayFlagsFixProvider.KeepAllowGatewayTransitKey, ignore: new[] { "PEER103", "PEER104" });

        [Fact]
        public Task PEER102_keeping_UseRemoteGateways_turns_AllowGatewayTransit_off_in_a_classic_program() =>
            FixVerifier<ConflictingGatewayFlagsFixProvider>.VerifyAsync(ClassicBothFlags, ClassicBothFlags.Replace("AllowGatewayTransit = true", "AllowGatewayTransit = false").Replace("{|PEER102:UseRemoteGateways = true|}", "UseRemoteGateways = true"),
                SdkShape.PulumiAzure, ConflictingGatewayFlagsFixProvider.KeepUseRemoteGatewaysKey, ignore: new[] { "PEER301" });

        [Theory]
        [InlineData(SdkShape.AzureNative)]
        [InlineData(SdkShape.AzureNativeV2)]
        [InlineData(SdkShape.PulumiAzure)]
        public Task PEER101_turns_UseRemoteGateways_off_across_regions(SdkShape shape)
        {
            var source = shape == SdkShape.PulumiAzure ? ClassicAcrossRegions : AcrossRegions;
            return FixVerifier<UseRemoteGatewaysAcrossRegionsFixProvider>.VerifyAsync(source, source.Replace("{|PEER101:UseRemoteGateways = true|}", "UseRemoteGateways = false"), shape, profile: "2017-10", ignore: new[] { "PEER503" });
        }

        [Theory]
        [InlineData(SdkShape.AzureNative)]
        [InlineData(SdkShape.AzureNativeV2)]
        public Task PEER406_removes_the_service_managed_members_of_args(SdkShape shape) =>
            FixVerifier<ServiceManagedPropertyFixProvider>.VerifyAsync(AzureNativeUsings + @"
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup(""network"");
        var args = new VirtualNetworkPeeringArgs
        {
            ResourceGroupName = rg.Name,
            VirtualNetworkName = ""hub"",
            RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = ""/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/spoke"" },
            {|PEER406:PeeringState = VirtualNetworkPeeringState.Connected|},
            AllowForwardedTraffic = true,
        };
        {|PEER406:args.PeeringSyncLevel = ""FullyInSync""|};
        new VirtualNetworkPeering(""hub-to-spoke"", args);
    }
}
", AzureNativeUsings + @"
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup(""network"");
        var args = new VirtualNetworkPeeringArgs
        {
            ResourceGroupName = rg.Name,
            VirtualNetworkName = ""hub"",
            RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = ""/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/spoke"" },
            AllowForwardedTraffic = true,
        };
        new VirtualNetworkPeering(""hub-to-spoke"", args);
    }
}
", shape);

        [Theory]
        [InlineData(SdkShape.AzureNative)]
        [InlineData(SdkShape.AzureNativeV2)]
        public Task PEER305_allows_forwarded_traffic_in_the_args_of_the_peering_to_the_appliance(SdkShape shape)
        {
            var source = AzureNativeUsings + @"
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup(""network"");
        var table = new RouteTable(""via-firewall"", new() { ResourceGroupName = rg.Name, Routes = { new Inputs.RouteArgs { Name = ""to-other"", AddressPrefix = ""10.2.0.0/16"", NextHopType = ""VirtualAppliance"", NextHopIpAddress = ""10.0.1.4"" } } });
        var hub = new VirtualNetwork(""hub"", new() { ResourceGroupName = rg.Name, AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { ""10.0.0.0/16"" } } });
        var spoke = new VirtualNetwork(""spoke"", new()
        {
            ResourceGroupName = rg.Name,
            AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { ""10.1.0.0/16"" } },
            Subnets = { new Inputs.SubnetArgs { Name = ""apps"", AddressPrefix = ""10.1.0.0/24"", RouteTable = new Inputs.RouteTableArgs { Id = table.Id } } },
        });
        var other = new VirtualNetwork(""other"", new() { ResourceGroupName = rg.Name, AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { ""10.2.0.0/16"" } } });
        new VirtualNetworkPeering(""hub-to-spoke"", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id }, AllowForwardedTraffic = true });
        new VirtualNetworkPeering(""hub-to-other"", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = other.Id }, AllowForwardedTraffic = true });
        new VirtualNetworkPeering(""other-to-hub"", new() { ResourceGroupName = rg.Name, VirtualNetworkName = other.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id }, AllowForwardedTraffic = true });
        new VirtualNetworkPeering(""spoke-to-hub"", {|PEER305:new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id } }|});
    }
}
";
            var forwarded = source.Replace("{|PEER305:new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id } }|}",
                "new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id }, AllowForwardedTraffic = true }");
            return FixVerifier<ForwardedTrafficFixProvider>.VerifyAsync(source, forwarded, shape);
        }

        [Theory]
        [InlineData(SdkShape.AzureNative)]
        [InlineData(SdkShape.PulumiAzure)]
        public Task PEER104_sets_AllowGatewayTransit_on_the_args_of_the_peering_back(SdkShape shape)
        {
            var source = shape == SdkShape.PulumiAzure ? ClassicUsings + @"
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup(""network"");
        var hub = new VirtualNetwork(""hub"", new() { ResourceGroupName = rg.Name, AddressSpaces = { ""10.0.0.0/16"" } });
        var spoke = new VirtualNetwork(""spoke"", new() { ResourceGroupName = rg.Name, AddressSpaces = { ""10.1.0.0/16"" } });
        new VirtualNetworkPeering(""hub-to-spoke"", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = spoke.Id });
        new VirtualNetworkPeering(""spoke-to-hub"", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetworkId = hub.Id, {|PEER104:UseRemoteGateways = true|} });
    }
}
" : AzureNativeUsings + @"
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup(""network"");
        var hub = new VirtualNetwork(""hub"", new() { ResourceGroupName = rg.Name, AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { ""10.0.0.0/16"" } } });
        var spoke = new VirtualNetwork(""spoke"", new() { ResourceGroupName = rg.Name, AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { ""10.1.0.0/16"" } } });
        new VirtualNetworkPeering(""hub-to-spoke"", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id } });
        new VirtualNetworkPeering(""spoke-to-hub"", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id }, {|PEER104:UseRemoteGateways = true|} });
    }
}
";
            var hubSide = shape == SdkShape.PulumiAzure ? "RemoteVirtualNetworkId = spoke.Id }" : "RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id } }";
            var fixedSource = source.Replace(hubSide, hubSide[..^2] + ", AllowGatewayTransit = true }").Replace("{|PEER104:UseRemoteGateways = true|}", "UseRemoteGateways = true");
            return FixVerifier<RemoteGatewayTransitFixProvider>.VerifyAsync(source, fixedSource, shape);
        }

        private const string ClassicBothFlags = ClassicUsings + @"
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup(""network"");
        var hub = new VirtualNetwork(""hub"", new() { ResourceGroupName = rg.Name, AddressSpaces = { ""10.0.0.0/16"" } });
        new VirtualNetworkPeering(""hub-to-far"", new()
        {
            ResourceGroupName = rg.Name,
            VirtualNetworkName = hub.Name,
            RemoteVirtualNetworkId = ""/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/far"",
            AllowGatewayTransit = true,
            {|PEER102:UseRemoteGateways = true|},
        });
    }
}
";

        private const string AcrossRegions = AzureNativeUsings + @"
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup(""network"");
        var hub = new VirtualNetwork(""hub"", new() { ResourceGroupName = rg.Name, Location = ""westeurope"", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { ""10.0.0.0/16"" } } });
        var spoke = new VirtualNetwork(""spoke"", new() { ResourceGroupName = rg.Name, Location = ""eastus"", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { ""10.1.0.0/16"" } } });
        new VirtualNetworkPeering(""hub-to-spoke"", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id }, AllowGatewayTransit = true });
        new VirtualNetworkPeering(""spoke-to-hub"", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id }, {|PEER101:UseRemoteGateways = true|} });
    }
}
";

        private const string ClassicAcrossRegions = ClassicUsings + @"
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup(""network"");
        var hub = new VirtualNetwork(""hub"", new() { ResourceGroupName = rg.Name, Location = ""westeurope"", AddressSpaces = { ""10.0.0.0/16"" } });
        var spoke = new VirtualNetwork(""spoke"", new() { ResourceGroupName = rg.Name, Location = ""eastus"", AddressSpaces = { ""10.1.0.0/16"" } });
        new VirtualNetworkPeering(""hub-to-spoke"", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = spoke.Id, AllowGatewayTransit = true });
        new VirtualNetworkPeering(""spoke-to-hub"", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetworkId = hub.Id, {|PEER101:UseRemoteGateways = true|} });
    }
}
";
    }
}
