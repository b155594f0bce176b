using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Peering.Analyzers.Tests.Infrastructure;

namespace Peering.Analyzers.Tests.Robustness
{
    /// <summary>
    /// SDKs the analyzers were not written against: network types defined twice, members missing, members of other
    /// types. Every input is analysed (and fixed) without an exception, and a member the SDK lacks or types differently
    /// yields no diagnostic about it.
    /// </summary>
    public sealed class UnusualSdkTests
    {
        /// <summary>A second assembly that also defines the network types, as a fork or a hand-made shim would.</summary>
        private const string ForkedNetworkTypes = @"
namespace Azure.ResourceManager.Network
{
    public class VirtualNetworkPeeringData
    {
        public bool? AllowGatewayTransit { get; set; }
        public bool? UseRemoteGateways { get; set; }
        public Azure.Core.ResourceIdentifier RemoteVirtualNetworkId { get; set; }
    }

    public class VirtualNetworkData
    {
        public Azure.Core.AzureLocation? Location { get; set; }
    }

    public class VirtualNetworkResource
    {
    }
}

namespace Azure.ResourceManager.Network.Models
{
    public class VirtualNetworkAddressSpace
    {
    }
}
";

        /// <summary>Defines only what the peering analysis uses least: the address-space model, twice over with the SDK.</summary>
        private const string ForkedAddressSpace = @"
namespace Azure.ResourceManager.Network.Models
{
    public class VirtualNetworkAddressSpace
    {
    }
}
";

        /// <summary>The SDK with most members gone: no UseRemoteGateways, no address spaces, no regions, no resources' data.</summary>
        private const string MembersMissing = @"
namespace Azure.ResourceManager.Network
{
    public class VirtualNetworkPeeringData
    {
        public bool? AllowGatewayTransit { get; set; }
        public Azure.Core.ResourceIdentifier RemoteVirtualNetworkId { get; set; }
    }

    public class VirtualNetworkData
    {
    }

    public class VirtualNetworkResource
    {
        public Azure.Core.ResourceIdentifier Id => null;
        public VirtualNetworkPeeringCollection GetVirtualNetworkPeerings() => null;
    }

    public class VirtualNetworkPeeringCollection
    {
        public void CreateOrUpdate(VirtualNetworkPeeringData data) { }
    }
}
";

        /// <summary>The SDK with its members changed: flags that are not booleans, ids that are strings, fields, statics, a struct, a generic.</summary>
        private const string MembersRetyped = @"
namespace Azure.ResourceManager.Network
{
    public class VirtualNetworkPeeringData
    {
        public string AllowGatewayTransit { get; set; }
        public int UseRemoteGateways { get; set; }
        public string RemoteVirtualNetworkId { get; set; }
        public object RemoteVirtualNetwork;
        public static bool? AllowVirtualNetworkAccess { get; set; }
        public bool? this[string name] { get => null; set { } }
    }

    public struct VirtualNetworkData
    {
        public string Location;
        public string[] AddressPrefixes;
    }

    public class VirtualNetworkResource
    {
        public string Id => null;
        public VirtualNetworkPeeringData[] GetVirtualNetworkPeerings() => null;
    }

    public static class NetworkExtensions
    {
    }
}

namespace Azure.ResourceManager.Network.Models
{
    public class VirtualNetworkAddressSpace<T>
    {
    }

    public enum SyncRemoteAddressSpace
    {
        No,
    }
}
";

        /// <summary>Both gateway flags on one peering: PEER102 wherever the SDK has both flags as booleans.</summary>
        private const string BothGatewayFlags = @"
using Azure.ResourceManager.Network;

class Deployment
{
    VirtualNetworkPeeringData Peering() => new VirtualNetworkPeeringData { AllowGatewayTransit = true, UseRemoteGateways = true };
}
";

        /// <summary>The same program written for <see cref="MembersRetyped"/>, where it compiles.</summary>
        private const string BothGatewayFlagsRetyped = @"
using Azure.ResourceManager.Network;

class Deployment
{
    VirtualNetworkPeeringData Peering() => new VirtualNetworkPeeringData { AllowGatewayTransit = ""true"", UseRemoteGateways = 1 };
}
";

        public static IEnumerable<object[]> Sdks() => new[]
        {
            new object[] { nameof(ForkedNetworkTypes) },
            new object[] { nameof(ForkedAddressSpace) },
            new object[] { nameof(MembersMissing) },
            new object[] { nameof(MembersRetyped) },
        };

        private static readonly Dictionary<string, Lazy<ImmutableArray<MetadataReference>>> References = new()
        {
            [nameof(ForkedNetworkTypes)] = new(() => HandWrittenAssemblies.SdkAnd(HandWrittenAssemblies.Compile("Contoso.Network.Fork", ForkedNetworkTypes))),
            [nameof(ForkedAddressSpace)] = new(() => HandWrittenAssemblies.SdkAnd(HandWrittenAssemblies.Compile("Contoso.Network.AddressSpace", ForkedAddressSpace))),
            [nameof(MembersMissing)] = new(() => HandWrittenAssemblies.WithoutNetwork.Add(HandWrittenAssemblies.Compile("Azure.ResourceManager.Network", MembersMissing))),
            [nameof(MembersRetyped)] = new(() => HandWrittenAssemblies.WithoutNetwork.Add(HandWrittenAssemblies.Compile("Azure.ResourceManager.Network", MembersRetyped))),
        };

        [Theory]
        [MemberData(nameof(Sdks))]
        public async Task Every_input_is_analysed_and_fixed_without_exceptions_against(string sdk)
        {
            var failures = new List<string>();
            for (var i = 0; i < RobustnessInputs.All.Count; i++)
            {
                var outcome = await CrashCheck.RunAsync(RobustnessInputs.All[i], "unchanged, SDK " + sdk, AnalysisConfiguration.InTurn(i), runFixes: true, references: References[sdk].Value);
                failures.AddRange(outcome.Failures);
            }

            FailureReport.AssertNone(failures);
        }

        [Fact]
        public async Task With_the_real_shape_both_gateway_flags_are_reported()
        {
            Assert.Contains("PEER102", await ProductIdsAsync(BothGatewayFlags, AzureSdk.References(SdkShape.Main)));
        }

        [Fact]
        public async Task Network_types_defined_twice_are_ambiguous_and_nothing_is_reported()
        {
            Assert.Empty(await ProductIdsAsync(BothGatewayFlags, References[nameof(ForkedNetworkTypes)].Value));
        }

        [Fact]
        public async Task A_type_the_rule_does_not_need_defined_twice_leaves_the_rule_working()
        {
            Assert.Contains("PEER102", await ProductIdsAsync(BothGatewayFlags, References[nameof(ForkedAddressSpace)].Value));
        }

        [Fact]
        public async Task Without_UseRemoteGateways_in_the_SDK_the_gateway_flag_conflict_is_not_reported()
        {
            Assert.DoesNotContain("PEER102", await ProductIdsAsync(BothGatewayFlags, References[nameof(MembersMissing)].Value));
        }

        [Fact]
        public async Task Gateway_flags_that_are_not_booleans_are_not_reported()
        {
            Assert.DoesNotContain("PEER102", await ProductIdsAsync(BothGatewayFlagsRetyped, References[nameof(MembersRetyped)].Value));
        }

        /// <summary>The product diagnostics on one program; any exception fails the test.</summary>
        private static async Task<IReadOnlyList<string>> ProductIdsAsync(string source, ImmutableArray<MetadataReference> references)
        {
            var input = new SourceInput("hand-written program", InputOrigin.Inline, new SourceFile("/src/Deployment.cs", source), Array.Empty<SourceFile>());
            var outcome = await CrashCheck.RunAsync(input, "unchanged", AnalysisConfiguration.All[0], runFixes: true, references: references);
            FailureReport.AssertNone(outcome.Failures);
            return outcome.Diagnostics.Where(d => d.Id.StartsWith("PEER", StringComparison.Ordinal)).Select(d => d.Id).ToArray();
        }
    }
}
