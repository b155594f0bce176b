using System.Collections.Generic;
using System.Linq;
using Azure.ResourceManager.Network;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Peering.Benchmarks.Generation;

namespace Peering.Benchmarks.Analyzers
{
    /// <summary>Compilations over generated trees, with or without a network library (the Azure SDK or Azure.Provisioning with Azure.Core, a Pulumi provider) among the references.</summary>
    internal static class BenchCompilations
    {
        private static readonly IReadOnlyList<MetadataReference> Framework = Basic.Reference.Assemblies.Net80.References.All.ToArray();

        private static readonly IReadOnlyList<MetadataReference> AzureSdk = References(
            typeof(Azure.Core.AzureLocation).Assembly.Location,
            typeof(Azure.ResourceManager.ArmClient).Assembly.Location,
            typeof(VirtualNetworkData).Assembly.Location);

        private static readonly IReadOnlyList<MetadataReference> Provisioning = References(
            typeof(Azure.Core.AzureLocation).Assembly.Location,
            typeof(Azure.Provisioning.Infrastructure).Assembly.Location,
            typeof(Azure.Provisioning.Network.VirtualNetwork).Assembly.Location);

        private static readonly IReadOnlyList<MetadataReference> AzureNative = References(typeof(Pulumi.Stack).Assembly.Location, typeof(Pulumi.AzureNative.Network.VirtualNetwork).Assembly.Location);

        private static readonly IReadOnlyList<MetadataReference> PulumiAzure = References(typeof(Pulumi.Stack).Assembly.Location, typeof(Pulumi.Azure.Network.VirtualNetwork).Assembly.Location);

        /// <summary>
        /// A new compilation each call: Roslyn caches binding per compilation object, so reusing one would measure
        /// the cache, not the work. Parsed trees carry no semantic state and are shared.
        /// </summary>
        public static CSharpCompilation Create(IReadOnlyList<SyntaxTree> trees, bool withAzureSdk) =>
            Create(trees, withAzureSdk ? BenchLibrary.ResourceManager : BenchLibrary.None);

        public static CSharpCompilation Create(IReadOnlyList<SyntaxTree> trees, BenchLibrary library) =>
            CSharpCompilation.Create(
                "Bench",
                trees,
                library switch
                {
                    BenchLibrary.ResourceManager => Framework.Concat(AzureSdk),
                    BenchLibrary.Provisioning => Framework.Concat(Provisioning),
                    BenchLibrary.AzureNative => Framework.Concat(AzureNative),
                    BenchLibrary.PulumiAzure => Framework.Concat(PulumiAzure),
                    _ => Framework,
                },
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        /// <summary>
        /// A new compilation built and analysed on one thread: CPU and wall time then measure the work itself, without the
        /// spinning and contention of parallel binding, which made single runs differ by seconds.
        /// </summary>
        public static CSharpCompilation SingleThreaded(IReadOnlyList<SyntaxTree> trees, bool withAzureSdk) =>
            SingleThreaded(trees, withAzureSdk ? BenchLibrary.ResourceManager : BenchLibrary.None);

        public static CSharpCompilation SingleThreaded(IReadOnlyList<SyntaxTree> trees, BenchLibrary library)
        {
            var compilation = Create(trees, library);
            return compilation.WithOptions(compilation.Options.WithConcurrentBuild(false));
        }

        private static IReadOnlyList<MetadataReference> References(params string[] paths) =>
            paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToArray();
    }
}
