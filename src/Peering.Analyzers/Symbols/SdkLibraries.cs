using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Peering.Analyzers.Facts.Adapters.Pulumi;
using Peering.Analyzers.Facts.Adapters.ResourceManager;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;

namespace Peering.Analyzers.Symbols
{
    /// <summary>
    /// The network libraries one compilation references, resolved once per compilation: Azure.ResourceManager.Network and
    /// the Pulumi Azure providers. Each has an adapter that says what its types and members mean; the analyzers register
    /// only when the compilation references at least one.
    /// </summary>
    internal sealed class SdkLibraries
    {
        private readonly HashSet<IAssemblySymbol> assemblies;

        private SdkLibraries(AzureNetworkSymbols? resourceManager, IReadOnlyList<PulumiProvider> pulumi)
        {
            ResourceManager = resourceManager;
            Pulumi = pulumi;
            assemblies = new HashSet<IAssemblySymbol>(pulumi.Select(p => p.Assembly), SymbolEqualityComparer.Default);
            if (resourceManager != null)
            {
                assemblies.Add(resourceManager.NetworkAssembly);
            }
        }

        /// <summary>Azure.ResourceManager.Network, when referenced.</summary>
        public AzureNetworkSymbols? ResourceManager { get; }

        /// <summary>The Pulumi Azure providers referenced (with the Pulumi core).</summary>
        public IReadOnlyList<PulumiProvider> Pulumi { get; }

        /// <summary>The libraries' assemblies: code that uses their types touches the network.</summary>
        public IReadOnlyCollection<IAssemblySymbol> Assemblies => assemblies;

        /// <summary>The libraries, or null when the compilation references none: then the analyzers register nothing and cost nothing.</summary>
        public static SdkLibraries? TryCreate(Compilation compilation)
        {
            var resourceManager = AzureNetworkSymbols.TryCreate(compilation);
            var pulumi = PulumiProvider.Find(compilation).ToArray();
            return resourceManager == null && pulumi.Length == 0 ? null : new SdkLibraries(resourceManager, pulumi);
        }

        public bool IsLibrary(IAssemblySymbol? assembly) => assembly != null && assemblies.Contains(assembly);

        /// <summary>The names that lead code into the libraries (<see cref="SdkCodeFilter"/>): their types and entry points.</summary>
        public IEnumerable<string> EntryNames(Compilation compilation) =>
            (ResourceManager?.EntryNames(compilation) ?? Enumerable.Empty<string>()).Concat(Pulumi.SelectMany(p => p.EntryNames));

        /// <summary>The adapter of each library, for one reading of a block.</summary>
        public IEnumerable<ISdkAdapter> CreateAdapters(ValueEvaluator evaluator, FactRecorder recorder)
        {
            if (ResourceManager != null)
            {
                yield return new ResourceManagerAdapter(ResourceManager, evaluator, recorder);
            }

            foreach (var provider in Pulumi)
            {
                yield return new PulumiAdapter(provider, evaluator, recorder);
            }
        }
    }
}
