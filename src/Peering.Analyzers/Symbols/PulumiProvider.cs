using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Peering.Analyzers.Symbols
{
    /// <summary>
    /// One Pulumi Azure provider a compilation references (Pulumi.AzureNative, or the classic Pulumi.Azure), with the Pulumi
    /// core it builds on: which of its types are VNets, peerings, subnets, route tables, gateways and their args, and which
    /// args member names a resource in Azure. Types are told by assembly, namespace and name, so the API-versioned
    /// namespaces of Pulumi.AzureNative 2.x (<c>Pulumi.AzureNative.Network.V20230201</c>) are the same kinds.
    /// </summary>
    internal sealed class PulumiProvider
    {
        public const string AzureNativeAssembly = "Pulumi.AzureNative";
        public const string ClassicAssembly = "Pulumi.Azure";
        private const string CoreAssembly = "Pulumi";

        private static readonly Dictionary<(string Area, string Name), PulumiKind> AzureNativeTypes = new Dictionary<(string, string), PulumiKind>
        {
            [("Resources", "ResourceGroup")] = PulumiKind.ResourceGroup,
            [("Resources", "ResourceGroupArgs")] = PulumiKind.ResourceGroupArgs,
            [("Network", "VirtualNetwork")] = PulumiKind.Network,
            [("Network", "VirtualNetworkArgs")] = PulumiKind.NetworkArgs,
            [("Network", "VirtualNetworkPeering")] = PulumiKind.Peering,
            [("Network", "VirtualNetworkPeeringArgs")] = PulumiKind.PeeringArgs,
            [("Network", "Subnet")] = PulumiKind.Subnet,
            [("Network", "SubnetArgs")] = PulumiKind.SubnetArgs,
            [("Network", "RouteTable")] = PulumiKind.RouteTable,
            [("Network", "RouteTableArgs")] = PulumiKind.RouteTableArgs,
            [("Network", "Route")] = PulumiKind.Route,
            [("Network", "RouteArgs")] = PulumiKind.RouteArgs,
            [("Network", "VirtualNetworkGateway")] = PulumiKind.Gateway,
            [("Network", "VirtualNetworkGatewayArgs")] = PulumiKind.GatewayArgs,
            [("Network", "RouteNextHopType")] = PulumiKind.NextHopType,
            [("Network.Inputs", "AddressSpaceArgs")] = PulumiKind.AddressSpaceArgs,
            [("Network.Inputs", "SubResourceArgs")] = PulumiKind.SubResourceArgs,
            [("Network.Inputs", "VirtualNetworkPeeringArgs")] = PulumiKind.InlinePeeringArgs,
            [("Network.Inputs", "SubnetArgs")] = PulumiKind.InlineSubnetArgs,
            [("Network.Inputs", "RouteTableArgs")] = PulumiKind.InlineRouteTableArgs,
            [("Network.Inputs", "RouteArgs")] = PulumiKind.InlineRouteArgs,
            [("Network.Inputs", "VirtualNetworkGatewayIPConfigurationArgs")] = PulumiKind.GatewayIpConfigurationArgs,
        };

        private static readonly Dictionary<(string Area, string Name), PulumiKind> ClassicTypes = new Dictionary<(string, string), PulumiKind>
        {
            [("Core", "ResourceGroup")] = PulumiKind.ResourceGroup,
            [("Core", "ResourceGroupArgs")] = PulumiKind.ResourceGroupArgs,
            [("Network", "VirtualNetwork")] = PulumiKind.Network,
            [("Network", "VirtualNetworkArgs")] = PulumiKind.NetworkArgs,
            [("Network", "VirtualNetworkPeering")] = PulumiKind.Peering,
            [("Network", "VirtualNetworkPeeringArgs")] = PulumiKind.PeeringArgs,
            [("Network", "Subnet")] = PulumiKind.Subnet,
            [("Network", "SubnetArgs")] = PulumiKind.SubnetArgs,
            [("Network", "RouteTable")] = PulumiKind.RouteTable,
            [("Network", "RouteTableArgs")] = PulumiKind.RouteTableArgs,
            [("Network", "Route")] = PulumiKind.Route,
            [("Network", "RouteArgs")] = PulumiKind.RouteArgs,
            [("Network", "VirtualNetworkGateway")] = PulumiKind.Gateway,
            [("Network", "VirtualNetworkGatewayArgs")] = PulumiKind.GatewayArgs,
            [("Network", "SubnetRouteTableAssociation")] = PulumiKind.RouteTableAssociation,
            [("Network", "SubnetRouteTableAssociationArgs")] = PulumiKind.RouteTableAssociationArgs,
            [("Network.Inputs", "VirtualNetworkSubnetArgs")] = PulumiKind.InlineSubnetArgs,
            [("Network.Inputs", "RouteTableRouteArgs")] = PulumiKind.InlineRouteArgs,
            [("Network.Inputs", "VirtualNetworkGatewayIpConfigurationArgs")] = PulumiKind.GatewayIpConfigurationArgs,
        };

        private readonly Dictionary<(string Area, string Name), PulumiKind> types;
        private readonly string root;

        private PulumiProvider(IAssemblySymbol assembly, IAssemblySymbol core, bool isClassic)
        {
            Assembly = assembly;
            IsClassic = isClassic;
            types = isClassic ? ClassicTypes : AzureNativeTypes;
            root = assembly.Name + ".";
            Deployment = core.GetTypeByMetadataName("Pulumi.Deployment");
            Output = core.GetTypeByMetadataName("Pulumi.Output");
        }

        /// <summary>The provider's assembly.</summary>
        public IAssemblySymbol Assembly { get; }

        /// <summary>True for the classic, Terraform-bridged provider: flat ids and names (<c>RemoteVirtualNetworkId</c>, <c>Name</c>).</summary>
        public bool IsClassic { get; }

        /// <summary><c>Pulumi.Deployment</c>, whose <c>RunAsync</c> runs the program's lambda.</summary>
        public INamedTypeSymbol? Deployment { get; }

        /// <summary><c>Pulumi.Output</c>, whose <c>Format</c> and <c>Create</c> build outputs from known values.</summary>
        public INamedTypeSymbol? Output { get; }

        /// <summary>The names that lead code to the provider's network: its network and resource group types.</summary>
        public IEnumerable<string> EntryNames => types.Keys.Select(k => k.Name).Concat(NetworkNamespaceTypes());

        /// <summary>The providers the compilation references with the Pulumi core; none when it references neither.</summary>
        public static IEnumerable<PulumiProvider> Find(Compilation compilation)
        {
            IAssemblySymbol? core = null;
            var providers = new List<(IAssemblySymbol Assembly, bool IsClassic)>();
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                switch (assembly.Name)
                {
                    case CoreAssembly:
                        core = assembly;
                        break;
                    case AzureNativeAssembly:
                        providers.Add((assembly, false));
                        break;
                    case ClassicAssembly:
                        providers.Add((assembly, true));
                        break;
                }
            }

            return core == null ? Enumerable.Empty<PulumiProvider>() : providers.Select(p => new PulumiProvider(p.Assembly, core, p.IsClassic)).ToArray();
        }

        /// <summary>What <paramref name="type"/> is to the analysis; <see cref="PulumiKind.None"/> for any type not of this provider's network.</summary>
        public PulumiKind KindOf(ITypeSymbol? type)
        {
            if (type == null || !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, Assembly) || type.ContainingType != null)
            {
                return PulumiKind.None;
            }

            var space = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            if (!space.StartsWith(root, StringComparison.Ordinal))
            {
                return PulumiKind.None;
            }

            return types.TryGetValue((Area(space.Substring(root.Length)), type.Name), out var kind) ? kind : PulumiKind.None;
        }

        /// <summary>
        /// True when <paramref name="member"/> of args of <paramref name="kind"/> is the resource's own name in Azure:
        /// Pulumi.AzureNative names it after the resource (<c>VirtualNetworkName</c>, <c>VirtualNetworkPeeringName</c>), the
        /// classic provider calls it <c>Name</c>. Without it, Pulumi names the resource after its logical name with a random suffix.
        /// </summary>
        public bool IsNameMember(PulumiKind kind, string member)
        {
            if (IsClassic || kind is PulumiKind.InlinePeeringArgs or PulumiKind.InlineSubnetArgs or PulumiKind.InlineRouteArgs)
            {
                return member == "Name";
            }

            return (kind, member) switch
            {
                (PulumiKind.ResourceGroupArgs, "ResourceGroupName") => true,
                (PulumiKind.NetworkArgs, "VirtualNetworkName") => true,
                (PulumiKind.PeeringArgs, "VirtualNetworkPeeringName") => true,
                (PulumiKind.SubnetArgs, "SubnetName") => true,
                (PulumiKind.RouteTableArgs, "RouteTableName") => true,
                (PulumiKind.RouteArgs, "RouteName") => true,
                (PulumiKind.GatewayArgs, "VirtualNetworkGatewayName") => true,
                _ => false,
            };
        }

        /// <summary>The area of a namespace below the provider's root, without an API-version segment: <c>Network.Inputs</c>.</summary>
        private static string Area(string relative)
        {
            var parts = relative.Split('.');
            return string.Join(".", parts.Where(p => !IsApiVersion(p)));
        }

        private static bool IsApiVersion(string segment) =>
            segment.Length == 9 && segment[0] == 'V' && segment.Skip(1).All(char.IsDigit);

        /// <summary>Every type name of the provider's network namespaces (an output type, an enum lead there as well).</summary>
        private IEnumerable<string> NetworkNamespaceTypes()
        {
            var network = Assembly.GlobalNamespace.GetNamespaceMembers().FirstOrDefault(n => n.Name == "Pulumi")
                ?.GetNamespaceMembers().FirstOrDefault(n => n.Name == root.TrimEnd('.').Substring("Pulumi.".Length))
                ?.GetNamespaceMembers().FirstOrDefault(n => n.Name == "Network");
            if (network == null)
            {
                yield break;
            }

            var pending = new Stack<INamespaceSymbol>();
            pending.Push(network);
            while (pending.Count > 0)
            {
                var space = pending.Pop();
                foreach (var name in space.GetTypeMembers().Select(t => t.Name))
                {
                    yield return name;
                }

                foreach (var nested in space.GetNamespaceMembers())
                {
                    pending.Push(nested);
                }
            }
        }
    }
}
