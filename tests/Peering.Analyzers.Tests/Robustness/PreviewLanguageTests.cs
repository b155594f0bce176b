using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;

namespace Peering.Analyzers.Tests.Robustness
{
    /// <summary>
    /// SDK code written with the newest C# (LanguageVersion.Preview): primary constructors, collection expressions and
    /// spreads, params collections, the <c>field</c> keyword, extension members, list patterns, required members,
    /// file-local types. The test's compiler (Roslyn 4.11) does not know the <c>field</c> keyword and extension blocks
    /// yet: they reach the analyzers as binding and syntax errors, which must not break them either (a newer test
    /// compiler binds them instead). The peering mistakes written with these features are reported, on their lines.
    /// </summary>
    public sealed class PreviewLanguageTests
    {
        private const string Program = @"
using System.Collections.Generic;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;

class Deployer(VirtualNetworkResource hub, VirtualNetworkResource spoke)
{
    private readonly List<string> prefixes = [""10.0.0.0/16"", .. Extra()];

    public bool Transit { get => field; set => field = value; }

    public required string Name { get; init; }

    static IEnumerable<string> Extra() => [""10.1.0.0/16""];

    public async Task PeerAsync()
    {
        var data = new VirtualNetworkPeeringData
        {
            AllowGatewayTransit = true,
            UseRemoteGateways = true,
            RemoteVirtualNetworkId = spoke.Id,
        };
        VirtualNetworkPeeringData[] all = [data, new() { RemoteVirtualNetworkId = hub.Id }, .. Array()];
        if (all is [var first, .., { UseRemoteGateways: true } last])
        {
            await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, Name, first);
        }
    }

    static VirtualNetworkPeeringData[] Array(params IEnumerable<VirtualNetworkPeeringData> more) => [.. more];
}

static class PeeringExtensions
{
    extension(VirtualNetworkPeeringData data)
    {
        public bool UsesGateway => data.UseRemoteGateways == true;
    }
}

file sealed record Spoke(string Name, AzureLocation Region)
{
    public VirtualNetworkPeeringData Peering(ResourceIdentifier hub) => new() { RemoteVirtualNetworkId = hub, AllowGatewayTransit = true, UseRemoteGateways = true };
}
";

        [Fact]
        public async Task Preview_features_are_analysed_and_fixed_without_exceptions_in_every_configuration_and_mistakes_are_reported()
        {
            var input = new SourceInput("preview-features program", InputOrigin.Inline, new SourceFile("/src/Deployer.cs", Program), Array.Empty<SourceFile>());
            var failures = new List<string>();
            foreach (var configuration in AnalysisConfiguration.All)
            {
                var outcome = await CrashCheck.RunAsync(input, "C# preview", configuration, runFixes: true, languageVersion: LanguageVersion.Preview);
                failures.AddRange(outcome.Failures);
                var conflicts = outcome.Diagnostics.Where(d => d.Id == "PEER102").Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).Distinct().OrderBy(l => l);

                // In the primary-constructor class's initializer, and in the file-local record's target-typed new.
                Assert.Equal(new[] { 24, 47 }, conflicts);
            }

            FailureReport.AssertNone(failures);
        }
    }
}
