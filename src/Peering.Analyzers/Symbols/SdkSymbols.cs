using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Peering.Analyzers.Symbols
{
    /// <summary>
    /// The libraries a compilation uses, resolved once per compilation: the symbols of each library it references (null
    /// for one it does not), the Azure.Core types they share, and the libraries' assemblies, which decide what code may
    /// touch a VNet. When the compilation references none of them, there is nothing: the analyzers register nothing.
    /// </summary>
    internal sealed class SdkSymbols
    {
        private SdkSymbols(Compilation compilation, AzureNetworkSymbols? resourceManager, ProvisioningSymbols? provisioning)
        {
            ResourceManager = resourceManager;
            Provisioning = provisioning;
            ResourceIdentifier = compilation.GetTypeByMetadataName("Azure.Core.ResourceIdentifier");
            AzureLocation = compilation.GetTypeByMetadataName("Azure.Core.AzureLocation");
            var assemblies = new List<IAssemblySymbol>();
            var entryPoints = new List<INamedTypeSymbol>();
            if (resourceManager != null)
            {
                assemblies.Add(resourceManager.NetworkAssembly);
                entryPoints.AddRange(resourceManager.EntryPoints(compilation));
            }

            if (provisioning != null)
            {
                assemblies.Add(provisioning.NetworkAssembly);
            }

            Assemblies = assemblies;
            EntryPoints = entryPoints;
        }

        /// <summary>Azure.ResourceManager.Network.</summary>
        public AzureNetworkSymbols? ResourceManager { get; }

        /// <summary>Azure.Provisioning.Network (with Azure.Provisioning).</summary>
        public ProvisioningSymbols? Provisioning { get; }

        public INamedTypeSymbol? ResourceIdentifier { get; }

        public INamedTypeSymbol? AzureLocation { get; }

        /// <summary>The libraries' network assemblies: code that uses none of their types does not touch VNets or peerings.</summary>
        public IReadOnlyList<IAssemblySymbol> Assemblies { get; }

        /// <summary>Types whose members hand out the libraries' values without naming a library type (extension methods, factories).</summary>
        public IReadOnlyList<INamedTypeSymbol> EntryPoints { get; }

        /// <summary>The symbols, or null when the compilation references none of the libraries.</summary>
        public static SdkSymbols? TryCreate(Compilation compilation)
        {
            var resourceManager = AzureNetworkSymbols.TryCreate(compilation);
            var provisioning = ProvisioningSymbols.TryCreate(compilation);
            return resourceManager == null && provisioning == null ? null : new SdkSymbols(compilation, resourceManager, provisioning);
        }

        /// <summary>True when <paramref name="assembly"/> is one of the libraries' assemblies.</summary>
        public bool IsSdkAssembly(IAssemblySymbol? assembly)
        {
            foreach (var sdk in Assemblies)
            {
                if (SymbolEqualityComparer.Default.Equals(sdk, assembly))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
