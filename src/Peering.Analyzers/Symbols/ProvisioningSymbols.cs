using System;
using Microsoft.CodeAnalysis;

namespace Peering.Analyzers.Symbols
{
    /// <summary>
    /// The types of Azure.Provisioning.Network and of the Azure.Provisioning core it builds on, resolved once per
    /// compilation. Members are matched by name, so a member that a version lacks is simply never met.
    /// </summary>
    internal sealed class ProvisioningSymbols
    {
        private const string NetworkNamespace = "Azure.Provisioning.Network.";
        private const string CoreNamespace = "Azure.Provisioning.";

        private ProvisioningSymbols(Compilation compilation, INamedTypeSymbol network)
        {
            Network = network;
            AddressSpace = compilation.GetTypeByMetadataName(NetworkNamespace + "VirtualNetworkAddressSpace");
            Peering = compilation.GetTypeByMetadataName(NetworkNamespace + "VirtualNetworkPeering");
            Subnet = compilation.GetTypeByMetadataName(NetworkNamespace + "SubnetResource");
            RouteTable = compilation.GetTypeByMetadataName(NetworkNamespace + "RouteTable");
            Route = compilation.GetTypeByMetadataName(NetworkNamespace + "RouteResource");
            RouteNextHopType = compilation.GetTypeByMetadataName(NetworkNamespace + "RouteNextHopType");
            Infrastructure = compilation.GetTypeByMetadataName(CoreNamespace + "Infrastructure");
            Variable = compilation.GetTypeByMetadataName(CoreNamespace + "ProvisioningVariable");
            BicepValue = compilation.GetTypeByMetadataName(CoreNamespace + "BicepValue`1");
            Resource = compilation.GetTypeByMetadataName(CoreNamespace + "Primitives.ProvisionableResource");
        }

        public INamedTypeSymbol Network { get; }

        public INamedTypeSymbol? AddressSpace { get; }

        public INamedTypeSymbol? Peering { get; }

        public INamedTypeSymbol? Subnet { get; }

        public INamedTypeSymbol? RouteTable { get; }

        public INamedTypeSymbol? Route { get; }

        public INamedTypeSymbol? RouteNextHopType { get; }

        /// <summary>One Bicep file; what is added to it is deployed.</summary>
        public INamedTypeSymbol? Infrastructure { get; }

        /// <summary>Parameters, outputs and variables: values known only when deployed.</summary>
        public INamedTypeSymbol? Variable { get; }

        /// <summary><c>BicepValue&lt;T&gt;</c>, which a literal converts to.</summary>
        public INamedTypeSymbol? BicepValue { get; }

        /// <summary>Every resource's base class.</summary>
        public INamedTypeSymbol? Resource { get; }

        /// <summary>The library's assembly: code that uses none of its types does not touch VNets or peerings.</summary>
        public IAssemblySymbol NetworkAssembly => Network.ContainingAssembly;

        /// <summary>The symbols, or null when the compilation does not reference Azure.Provisioning.Network.</summary>
        public static ProvisioningSymbols? TryCreate(Compilation compilation)
        {
            foreach (var assembly in compilation.ReferencedAssemblyNames)
            {
                if (string.Equals(assembly.Name, "Azure.Provisioning.Network", StringComparison.Ordinal))
                {
                    var network = compilation.GetTypeByMetadataName(NetworkNamespace + "VirtualNetwork");
                    return network == null ? null : new ProvisioningSymbols(compilation, network);
                }
            }

            return null;
        }
    }
}
