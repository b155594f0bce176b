using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Peering.Analyzers.Symbols
{
    /// <summary>
    /// The Azure SDK types the analysis recognises, resolved once per compilation. A type or member that a
    /// given SDK version lacks is simply never matched: renamed and flattened members differ across versions.
    /// </summary>
    internal sealed class AzureNetworkSymbols
    {
        private const string NetworkNamespace = "Azure.ResourceManager.Network.";
        private const string ModelsNamespace = "Azure.ResourceManager.Network.Models.";

        private AzureNetworkSymbols(Compilation compilation, INamedTypeSymbol peeringData)
        {
            PeeringData = peeringData;
            NetworkData = compilation.GetTypeByMetadataName(NetworkNamespace + "VirtualNetworkData");
            SubnetData = compilation.GetTypeByMetadataName(NetworkNamespace + "SubnetData");
            NetworkResource = compilation.GetTypeByMetadataName(NetworkNamespace + "VirtualNetworkResource");
            NetworkCollection = compilation.GetTypeByMetadataName(NetworkNamespace + "VirtualNetworkCollection");
            PeeringCollection = compilation.GetTypeByMetadataName(NetworkNamespace + "VirtualNetworkPeeringCollection");
            PeeringResource = compilation.GetTypeByMetadataName(NetworkNamespace + "VirtualNetworkPeeringResource");
            NetworkExtensions = compilation.GetTypeByMetadataName(NetworkNamespace + "NetworkExtensions");
            AddressSpace = compilation.GetTypeByMetadataName(ModelsNamespace + "VirtualNetworkAddressSpace");
            SyncRemoteAddressSpace = compilation.GetTypeByMetadataName(ModelsNamespace + "SyncRemoteAddressSpace");
            ArmResource = compilation.GetTypeByMetadataName("Azure.ResourceManager.ArmResource");
            WritableSubResource = compilation.GetTypeByMetadataName("Azure.ResourceManager.Resources.Models.WritableSubResource");
            SubscriptionResource = compilation.GetTypeByMetadataName("Azure.ResourceManager.Resources.SubscriptionResource");
            SubnetResource = compilation.GetTypeByMetadataName(NetworkNamespace + "SubnetResource");
            SubnetCollection = compilation.GetTypeByMetadataName(NetworkNamespace + "SubnetCollection");
            GatewayData = compilation.GetTypeByMetadataName(NetworkNamespace + "VirtualNetworkGatewayData");
            GatewayCollection = compilation.GetTypeByMetadataName(NetworkNamespace + "VirtualNetworkGatewayCollection");
            GatewayIpConfiguration = compilation.GetTypeByMetadataName(ModelsNamespace + "VirtualNetworkGatewayIPConfiguration");
            RouteTableData = compilation.GetTypeByMetadataName(NetworkNamespace + "RouteTableData");
            RouteData = compilation.GetTypeByMetadataName(NetworkNamespace + "RouteData");
            RouteTableCollection = compilation.GetTypeByMetadataName(NetworkNamespace + "RouteTableCollection");
            RouteTableResource = compilation.GetTypeByMetadataName(NetworkNamespace + "RouteTableResource");
            RouteCollection = compilation.GetTypeByMetadataName(NetworkNamespace + "RouteCollection");
            RouteNextHopType = compilation.GetTypeByMetadataName(ModelsNamespace + "RouteNextHopType");
        }

        public INamedTypeSymbol PeeringData { get; }

        public INamedTypeSymbol? NetworkData { get; }

        public INamedTypeSymbol? SubnetData { get; }

        public INamedTypeSymbol? NetworkResource { get; }

        public INamedTypeSymbol? NetworkCollection { get; }

        public INamedTypeSymbol? PeeringCollection { get; }

        public INamedTypeSymbol? PeeringResource { get; }

        public INamedTypeSymbol? NetworkExtensions { get; }

        public INamedTypeSymbol? AddressSpace { get; }

        public INamedTypeSymbol? SyncRemoteAddressSpace { get; }

        public INamedTypeSymbol? ArmResource { get; }

        public INamedTypeSymbol? WritableSubResource { get; }

        public INamedTypeSymbol? SubscriptionResource { get; }

        public INamedTypeSymbol? SubnetResource { get; }

        public INamedTypeSymbol? SubnetCollection { get; }

        public INamedTypeSymbol? GatewayData { get; }

        public INamedTypeSymbol? GatewayCollection { get; }

        public INamedTypeSymbol? GatewayIpConfiguration { get; }

        public INamedTypeSymbol? RouteTableData { get; }

        public INamedTypeSymbol? RouteData { get; }

        public INamedTypeSymbol? RouteTableCollection { get; }

        public INamedTypeSymbol? RouteTableResource { get; }

        public INamedTypeSymbol? RouteCollection { get; }

        public INamedTypeSymbol? RouteNextHopType { get; }

        /// <summary>The SDK assembly: code that uses none of its types does not touch VNets or peerings.</summary>
        public IAssemblySymbol NetworkAssembly => PeeringData.ContainingAssembly;

        /// <summary>The names that lead code to the SDK: its type names, and the members of its extension methods and model factory.</summary>
        public IEnumerable<string> EntryNames(Compilation compilation) =>
            NetworkAssembly.TypeNames
                .Concat(NetworkExtensions?.MemberNames ?? Enumerable.Empty<string>())
                .Concat(compilation.GetTypeByMetadataName(ModelsNamespace + "ArmNetworkModelFactory")?.MemberNames ?? Enumerable.Empty<string>());

        /// <summary>
        /// The symbols, or null when the compilation does not reference Azure.ResourceManager.Network: then the
        /// analyzers register nothing and cost nothing.
        /// </summary>
        public static AzureNetworkSymbols? TryCreate(Compilation compilation)
        {
            var referencesNetwork = false;
            foreach (var assembly in compilation.ReferencedAssemblyNames)
            {
                if (string.Equals(assembly.Name, "Azure.ResourceManager.Network", StringComparison.Ordinal))
                {
                    referencesNetwork = true;
                    break;
                }
            }

            var peeringData = referencesNetwork ? compilation.GetTypeByMetadataName(NetworkNamespace + "VirtualNetworkPeeringData") : null;
            return peeringData == null ? null : new AzureNetworkSymbols(compilation, peeringData);
        }

        public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
            type != null && expected != null && SymbolEqualityComparer.Default.Equals(Unwrap(type), expected);

        /// <summary>True when <paramref name="type"/> is or derives from <paramref name="baseType"/>.</summary>
        public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
        {
            for (var current = type as INamedTypeSymbol; current != null && baseType != null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>T for Nullable&lt;T&gt;, otherwise the type itself.</summary>
        public static ITypeSymbol Unwrap(ITypeSymbol type) =>
            type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                ? nullable.TypeArguments[0]
                : type;
    }
}
