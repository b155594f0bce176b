using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Peering.Analyzers.Tests.Infrastructure;
using Peering.Rules.Model;

namespace Peering.Analyzers.Tests.Facts.Adapters
{
    /// <summary>The Pulumi adapter: which resources, args and outputs mean which facts, in each provider; and when it is not there at all.</summary>
    public sealed class PulumiAdapterTests
    {
        private const string AzureNativeUsings = "using Pulumi;\nusing Pulumi.AzureNative.Network;\nusing Pulumi.AzureNative.Resources;\nusing Inputs = Pulumi.AzureNative.Network.Inputs;\n";

        private const string ClassicUsings = "using Pulumi;\nusing Pulumi.Azure.Core;\nusing Pulumi.Azure.Network;\nusing Pulumi.Azure.Network.Inputs;\n";

        public static TheoryData<SdkShape> AzureNativeShapes() => new(AzureSdk.ShapesOf(SdkLibrary.AzureNative));

        [Fact]
        public async Task Nothing_is_registered_without_a_network_library_and_something_is_with_one()
        {
            var net80 = Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().ToArray();
            var pulumiCoreOnly = net80.Concat(AzureSdk.References(SdkShape.AzureNative).Where(r => r.Display!.EndsWith("Pulumi.dll", System.StringComparison.Ordinal))).ToArray();
            const string Program = "class Stack0 { void M() { var text = \"10.0.0.0/16\"; System.Console.WriteLine(text); } }";

            Assert.Equal(0, await RegisteredActionsAsync(Program, net80));
            Assert.Equal(0, await RegisteredActionsAsync(Program, pulumiCoreOnly));
            Assert.True(await RegisteredActionsAsync(Program, AzureSdk.References(SdkShape.AzureNative).ToArray()) > 0);
            Assert.True(await RegisteredActionsAsync(Program, AzureSdk.References(SdkShape.PulumiAzure).ToArray()) > 0);
        }

        [Theory]
        [MemberData(nameof(AzureNativeShapes))]
        public async Task A_vnet_named_in_azure_within_a_named_group_is_one_vnet_by_name_by_output_and_by_id(SdkShape shape)
        {
            var topology = await TopologyProbe.CollectAsync(AzureNativeUsings + @"
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup(""network"", new() { ResourceGroupName = ""network-rg"", Location = ""West Europe"" });
        var hub = new VirtualNetwork(""hub"", new() { ResourceGroupName = rg.Name, VirtualNetworkName = ""hub-vnet"", Location = rg.Location, AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { ""10.0.0.0/16"", ""10.1.0.0/16"" } } });
        new VirtualNetworkPeering(""by-name"", new() { ResourceGroupName = ""network-rg"", VirtualNetworkName = ""hub-vnet"", RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id } });
        new VirtualNetworkPeering(""by-output"", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = ""/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/network-rg/providers/Microsoft.Network/virtualNetworks/hub-vnet"" } });
    }
}", shape);

            var hub = Assert.Single(topology.Networks);
            Assert.Equal("hub-vnet", hub.DisplayName);
            Assert.True(hub.IsDefined);
            Assert.Equal("westeurope", hub.Location.Value);
            Assert.Equal(new[] { "10.0.0.0/16", "10.1.0.0/16" }, hub.AddressPrefixes.Value.Select(p => p.Prefix.Text));
            Assert.All(topology.Peerings, p => Assert.Same(hub, p.Parent));
            Assert.All(topology.Peerings, p => Assert.Same(hub, p.RemoteNetwork));
        }

        [Fact]
        public async Task Classic_vnets_read_their_flat_prefixes_and_subnets_and_a_route_table_applies_through_its_id()
        {
            var topology = await TopologyProbe.CollectAsync(ClassicUsings + @"
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup(""network"");
        var table = new RouteTable(""firewall"", new() { ResourceGroupName = rg.Name, Routes = { new RouteTableRouteArgs { Name = ""all"", AddressPrefix = ""0.0.0.0/0"", NextHopType = ""VirtualAppliance"", NextHopInIpAddress = ""10.0.1.4"" } } });
        var spoke = new VirtualNetwork(""spoke"", new()
        {
            ResourceGroupName = rg.Name,
            AddressSpaces = { ""10.1.0.0/16"" },
            Subnets = { new VirtualNetworkSubnetArgs { Name = ""apps"", AddressPrefixes = { ""10.1.0.0/24"" }, RouteTableId = table.Id } },
        });
    }
}", SdkShape.PulumiAzure);

            var spoke = Assert.Single(topology.Networks);
            Assert.Equal(new[] { "10.1.0.0/16" }, spoke.AddressPrefixes.Value.Select(p => p.Prefix.Text));
            var route = Assert.Single(Assert.Single(topology.RouteTables).Routes);
            Assert.Equal(("VirtualAppliance", "10.0.1.4"), (route.NextHopType.Value, route.NextHopIpAddress.Value));
            Assert.Same(spoke, Assert.Single(topology.RouteTables[0].AssociatedNetworks));
        }

        [Theory]
        [MemberData(nameof(AzureNativeShapes))]
        public async Task A_gateway_is_placed_by_its_subnet_and_one_that_cannot_be_placed_may_be_in_any_vnet(SdkShape shape)
        {
            var topology = await TopologyProbe.CollectAsync(AzureNativeUsings + @"
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup(""network"");
        var hub = new VirtualNetwork(""hub"", new() { ResourceGroupName = rg.Name });
        new VirtualNetworkGateway(""hub-vpn"", new() { ResourceGroupName = rg.Name, IpConfigurations = { new Inputs.VirtualNetworkGatewayIPConfigurationArgs { Subnet = new Inputs.SubResourceArgs { Id = Output.Format($""{hub.Id}/subnets/GatewaySubnet"") } } } });
    }
}

class OtherStack : Stack
{
    public OtherStack()
    {
        var rg = new ResourceGroup(""other"");
        var branch = new VirtualNetwork(""branch"", new() { ResourceGroupName = rg.Name });
        new VirtualNetworkGateway(""branch-vpn"", new() { ResourceGroupName = rg.Name, IpConfigurations = { new Inputs.VirtualNetworkGatewayIPConfigurationArgs { Subnet = new Inputs.SubResourceArgs { Id = branch.Subnets.Apply(s => s[0].Id!) } } } });
    }
}", shape);

            var hub = topology.Networks.Single(n => n.DisplayName == "hub");
            var branch = topology.Networks.Single(n => n.DisplayName == "branch");
            Assert.True(hub.HasGateway.Is(true));
            Assert.False(hub.MayHaveUnseenGateway);
            Assert.Equal(FactState.Unknown, branch.HasGateway.State);
            Assert.True(branch.MayHaveUnseenGateway);
        }

        [Theory]
        [MemberData(nameof(AzureNativeShapes))]
        public async Task Configuration_applies_and_vnets_handed_in_stay_unknown(SdkShape shape)
        {
            var topology = await TopologyProbe.CollectAsync(AzureNativeUsings + @"
class HubStack : Stack
{
    public HubStack()
    {
        var config = new Config();
        var rg = new ResourceGroup(""network"");
        var hub = new VirtualNetwork(""hub"", new() { ResourceGroupName = rg.Name, Location = config.Require(""region""), AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { config.Require(""prefix"") } } });
        new VirtualNetworkPeering(""p"", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Name.Apply(n => n) }, AllowForwardedTraffic = config.RequireBoolean(""forward"") });
    }

    public static void Peer(ResourceGroup rg, VirtualNetwork from, VirtualNetwork to) =>
        new VirtualNetworkPeering(""handed-in"", new() { ResourceGroupName = rg.Name, VirtualNetworkName = from.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = to.Id } });
}", shape);

            var hub = topology.Networks.Single(n => n.DisplayName == "hub");
            Assert.Equal(FactState.Unknown, hub.Location.State);
            Assert.Equal(FactState.Unknown, hub.AddressPrefixes.State);
            var peering = topology.Peerings.Single(p => p.Parent == hub);
            Assert.Equal(FactState.Unknown, peering.Remote.State);
            Assert.Equal(FactState.Unknown, peering.AllowForwardedTraffic.State);
            var handedIn = topology.Peerings.Single(p => p.Parent != hub);
            Assert.Null(handedIn.Parent);
            Assert.Equal(FactState.Unknown, handedIn.Remote.State);
        }

        /// <summary>The actions the product's analyzers register in a compilation of <paramref name="source"/>.</summary>
        private static async Task<int> RegisteredActionsAsync(string source, IReadOnlyList<MetadataReference> references)
        {
            var compilation = CSharpCompilation.Create("UserCode", new[] { CSharpSyntaxTree.ParseText(source) }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PeeringMethodAnalyzer(), new PeeringCompilationAnalyzer());
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
            var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
            await withAnalyzers.GetAnalyzerDiagnosticsAsync();
            var count = 0;
            foreach (var analyzer in analyzers)
            {
                var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default);
                count += telemetry.SemanticModelActionsCount + telemetry.CompilationEndActionsCount + telemetry.OperationBlockActionsCount + telemetry.SyntaxTreeActionsCount;
            }

            return count;
        }
    }
}
