using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Peering.Analyzers.Facts.Adapters.AzureCore;
using Peering.Analyzers.Facts.Adapters.Provisioning;
using Peering.Analyzers.Facts.Adapters.Pulumi;
using Peering.Analyzers.Facts.Adapters.ResourceManager;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;

namespace Peering.Analyzers.Symbols
{
    /// <summary>
    /// The network libraries one compilation references, resolved once per compilation: Azure.ResourceManager.Network,
    /// Azure.Provisioning.Network and the Pulumi Azure providers, with the Azure.Core types the Azure libraries share.
    /// Each library has an adapter that says what its types and members mean; the analyzers register only when the
    /// compilation references at least one.
    /// </summary>
    internal sealed class SdkLibraries
    {
        private readonly HashSet<IAssemblySymbol> assemblies;

        private SdkLibraries(Compilation compilation, AzureNetworkSymbols? resourceManager, ProvisioningSymbols? provisioning, IReadOnlyList<PulumiProvider> pulumi)
        {
            ResourceManager = resourceManager;
            Provisioning = provisioning;
            Pulumi = pulumi;
            ResourceIdentifier = compilation.GetTypeByMetadataName("Azure.Core.ResourceIdentifier");
            AzureLocation = compilation.GetTypeByMetadataName("Azure.Core.AzureLocation");
            assemblies = new HashSet<IAssemblySymbol>(pulumi.Select(p => p.Assembly), SymbolEqualityComparer.Default);
            if (resourceManager != null)
            {
                assemblies.Add(resourceManager.NetworkAssembly);
            }

            if (provisioning != null)
            {
                assemblies.Add(provisioning.NetworkAssembly);
            }
        }

        /// <summary>Azure.ResourceManager.Network, when referenced.</summary>
        public AzureNetworkSymbols? ResourceManager { get; }

        /// <summary>Azure.Provisioning.Network (with Azure.Provisioning), when referenced.</summary>
        public ProvisioningSymbols? Provisioning { get; }

        /// <summary>The Pulumi Azure providers referenced (with the Pulumi core).</summary>
        public IReadOnlyList<PulumiProvider> Pulumi { get; }

        public INamedTypeSymbol? ResourceIdentifier { get; }

        public INamedTypeSymbol? AzureLocation { get; }

        /// <summary>The libraries' network assemblies: code that uses none of their types does not touch VNets or peerings.</summary>
        public IReadOnlyCollection<IAssemblySymbol> Assemblies => assemblies;

        /// <summary>The libraries, or null when the compilation references none: then the analyzers register nothing and cost nothing.</summary>
        public static SdkLibraries? TryCreate(Compilation compilation)
        {
            var resourceManager = AzureNetworkSymbols.TryCreate(compilation);
            var provisioning = ProvisioningSymbols.TryCreate(compilation);
            var pulumi = PulumiProvider.Find(compilation).ToArray();
            return resourceManager == null && provisioning == null && pulumi.Length == 0
                ? null
                : new SdkLibraries(compilation, resourceManager, provisioning, pulumi);
        }

        public bool IsLibrary(IAssemblySymbol? assembly) => assembly != null && assemblies.Contains(assembly);

        /// <summary>The names that lead code into the libraries (<see cref="SdkCodeFilter"/>): their types and entry points.</summary>
        public IEnumerable<string> EntryNames(Compilation compilation) =>
            (ResourceManager?.EntryNames(compilation) ?? Enumerable.Empty<string>())
                .Concat(Provisioning?.NetworkAssembly.TypeNames ?? Enumerable.Empty<string>())
                .Concat(Pulumi.SelectMany(p => p.EntryNames));

        /// <summary>
        /// The adapter of each library, for one reading of a block. A declarative library's adapter is also an
        /// <see cref="IDeclarativeAdapter"/>: it deploys its resources once the block has run.
        /// </summary>
        public IEnumerable<ISdkAdapter> CreateAdapters(ValueEvaluator evaluator, FactRecorder recorder)
        {
            var core = ResourceManager != null || Provisioning != null ? new AzureCoreValues(this, evaluator, recorder) : null;
            if (ResourceManager != null)
            {
                yield return new ResourceManagerAdapter(ResourceManager, core!, evaluator, recorder);
            }

            if (Provisioning != null)
            {
                yield return new ProvisioningAdapter(Provisioning, core!, evaluator, recorder);
            }

            foreach (var provider in Pulumi)
            {
                yield return new PulumiAdapter(provider, evaluator, recorder);
            }
        }
    }
}
