using System.Collections.Generic;
using System.Linq;
using Azure.ResourceManager.Network;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Peering.Benchmarks.Analyzers
{
    /// <summary>Compilations over generated trees, with or without the Azure SDK among the references.</summary>
    internal static class BenchCompilations
    {
        private static readonly IReadOnlyList<MetadataReference> Framework = Basic.Reference.Assemblies.Net80.References.All.ToArray();

        private static readonly IReadOnlyList<MetadataReference> AzureSdk = new[]
        {
            typeof(Azure.Core.AzureLocation).Assembly.Location,
            typeof(Azure.ResourceManager.ArmClient).Assembly.Location,
            typeof(VirtualNetworkData).Assembly.Location,
        }.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToArray();

        /// <summary>
        /// A new compilation each call: Roslyn caches binding per compilation object, so reusing one would measure
        /// the cache, not the work. Parsed trees carry no semantic state and are shared.
        /// </summary>
        public static CSharpCompilation Create(IReadOnlyList<SyntaxTree> trees, bool withAzureSdk) =>
            CSharpCompilation.Create(
                "Bench",
                trees,
                withAzureSdk ? Framework.Concat(AzureSdk) : Framework,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        /// <summary>
        /// A new compilation built and analysed on one thread: CPU and wall time then measure the work itself, without the
        /// spinning and contention of parallel binding, which made single runs differ by seconds.
        /// </summary>
        public static CSharpCompilation SingleThreaded(IReadOnlyList<SyntaxTree> trees, bool withAzureSdk)
        {
            var compilation = Create(trees, withAzureSdk);
            return compilation.WithOptions(compilation.Options.WithConcurrentBuild(false));
        }
    }
}
