using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Peering.Analyzers.Tests.Infrastructure;

namespace Peering.Analyzers.Tests.Facts
{
    /// <summary>
    /// The analyzers register their work only in a compilation that references a library they read, and read every such
    /// library in it: a project that uses neither pays nothing, and a project that uses both is checked in both.
    /// </summary>
    public sealed class LibraryRegistrationTests
    {
        private const string Program = "class Program { static void Main() => System.Console.WriteLine(\"no network here\"); }";

        [Theory]
        [InlineData(SdkLibrary.ResourceManager)]
        [InlineData(SdkLibrary.Provisioning)]
        public async Task Nothing_is_registered_without_a_network_library(SdkLibrary library)
        {
            // Azure.Core, Azure.ResourceManager and the Azure.Provisioning core are there; the network libraries are not.
            var references = AzureSdk.References(SdkShape.Main, library).Where(r => !(r.Display ?? string.Empty).Contains(".Network.dll"));

            foreach (var (analyzer, actions) in await RegisteredActionsAsync(references))
            {
                Assert.True(actions == 0, analyzer + " registered " + actions + " actions");
            }
        }

        [Theory]
        [InlineData(SdkLibrary.ResourceManager)]
        [InlineData(SdkLibrary.Provisioning)]
        [InlineData(SdkLibrary.AzureNative)]
        [InlineData(SdkLibrary.PulumiAzure)]
        public async Task Each_network_library_alone_registers_both_analyzers(SdkLibrary library)
        {
            foreach (var (analyzer, actions) in await RegisteredActionsAsync(AzureSdk.References(SdkShape.Main, library)))
            {
                Assert.True(actions > 0, analyzer + " registered nothing");
            }
        }

        [Fact]
        public async Task A_compilation_that_uses_both_libraries_is_checked_in_both()
        {
            var resourceManager = CSharpSyntaxTree.ParseText(@"
using System.Threading.Tasks;
using Azure;
using Azure.ResourceManager.Network;

class Imperative
{
    async Task PeerAsync(VirtualNetworkResource hub, VirtualNetworkResource spoke) =>
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""hub-to-spoke"", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke.Id, AllowGatewayTransit = true, UseRemoteGateways = true });
}", path: "/src/Imperative.cs");
            var provisioning = CSharpSyntaxTree.ParseText(@"
using Azure.Provisioning;
using Azure.Provisioning.Network;

class Declarative
{
    static void Build(Infrastructure infra, VirtualNetwork hub, VirtualNetwork spoke) =>
        infra.Add(new VirtualNetworkPeering(""hubToSpoke"") { Parent = hub, RemoteVirtualNetworkId = spoke.Id, AllowGatewayTransit = true, UseRemoteGateways = true });
}", path: "/src/Declarative.cs");
            var references = AzureSdk.References(SdkShape.Main, SdkLibrary.ResourceManager)
                .Concat(AzureSdk.References(SdkShape.Main, SdkLibrary.Provisioning))
                .GroupBy(r => r.Display)
                .Select(g => g.First());
            var compilation = CSharpCompilation.Create("Both", new[] { resourceManager, provisioning }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            var result = await AnalyzerRunner.RunAsync(compilation);

            Assert.Empty(result.Exceptions);
            Assert.Equal(new[] { "/src/Declarative.cs", "/src/Imperative.cs" }, result.Diagnostics.Where(d => d.Id == "PEER102").Select(d => d.Location.SourceTree!.FilePath).OrderBy(p => p));
        }

        /// <summary>How many actions each of the analyzers registered beyond its compilation start, as Roslyn's telemetry counts them.</summary>
        private static async Task<(string Analyzer, int Actions)[]> RegisteredActionsAsync(System.Collections.Generic.IEnumerable<MetadataReference> references)
        {
            var compilation = CSharpCompilation.Create("Plain", new[] { CSharpSyntaxTree.ParseText(Program) }, references, new CSharpCompilationOptions(OutputKind.ConsoleApplication));
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PeeringMethodAnalyzer(), new PeeringCompilationAnalyzer());
            var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
            await withAnalyzers.GetAnalyzerDiagnosticsAsync();
            var counts = new (string, int)[analyzers.Length];
            for (var i = 0; i < analyzers.Length; i++)
            {
                var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzers[i], default);
                counts[i] = (analyzers[i].GetType().Name, telemetry.SemanticModelActionsCount + telemetry.CompilationEndActionsCount + telemetry.SyntaxTreeActionsCount + telemetry.OperationActionsCount + telemetry.OperationBlockActionsCount);
            }

            return counts;
        }
    }
}
