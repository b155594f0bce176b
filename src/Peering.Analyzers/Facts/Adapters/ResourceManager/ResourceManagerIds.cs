using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts.Adapters.AzureCore;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Analyzers.Symbols;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Adapters.ResourceManager
{
    /// <summary>
    /// Plain values of the SDK beyond Azure.Core's (<see cref="AzureCoreValues"/>): resource ids it builds
    /// (<c>XResource.CreateResourceIdentifier</c>, the <c>Id</c> of typed resources), next hop types and the sync flag.
    /// </summary>
    internal sealed class ResourceManagerIds : ResourceManagerPart
    {
        public const string VirtualNetworkType = AzureCoreValues.VirtualNetworkType;

        private readonly AzureCoreValues core;

        public ResourceManagerIds(AzureNetworkSymbols symbols, AzureCoreValues core, ValueEvaluator evaluator, FactRecorder recorder)
            : base(symbols, evaluator, recorder) => this.core = core;

        /// <summary><c>RouteNextHopType.VirtualAppliance</c> (ARM's own string), <c>SyncRemoteAddressSpace.True</c>.</summary>
        public Value? StaticValue(IPropertySymbol property)
        {
            if (!property.IsStatic)
            {
                return null;
            }

            if (AzureNetworkSymbols.Is(property.ContainingType, Symbols.RouteNextHopType) && AzureNetworkSymbols.Is(property.Type, Symbols.RouteNextHopType))
            {
                return new StringValue(property.Name);
            }

            return property.Name == "True" && AzureNetworkSymbols.Is(property.ContainingType, Symbols.SyncRemoteAddressSpace) ? SyncValue.Instance : null;
        }

        /// <summary><c>XResource.CreateResourceIdentifier(...)</c>: the type is stated by the code, the text by its arguments.</summary>
        public IdValue CreateResourceIdentifier(IInvocationOperation invocation)
        {
            var type = invocation.TargetMethod.ContainingType;
            var resourceType = ResourceTypeOf(type);
            var parts = new string[invocation.Arguments.Length];
            var allKnown = true;
            for (var i = 0; i < parts.Length; i++)
            {
                var part = Evaluator.Text(invocation.Arguments[i].Value);
                allKnown &= part != null;
                parts[i] = part!;
            }

            if (allKnown && AzureNetworkSymbols.Is(type, Symbols.NetworkResource) && parts.Length == 3)
            {
                var id = core.FromText(NetworkIdText(parts[0], parts[1], parts[2]));
                return new IdValue(id.Reference.Text, id.Reference.Network, id.Reference.ParsedId, resourceType);
            }

            if (allKnown && AzureNetworkSymbols.Is(type, Symbols.SubnetResource) && parts.Length == 4)
            {
                var id = core.FromText(NetworkIdText(parts[0], parts[1], parts[2]) + "/subnets/" + parts[3]);
                return new IdValue(id.Reference.Text, null, id.Reference.ParsedId, resourceType, id.SubnetOf);
            }

            return new IdValue(invocation.Syntax.ToString(), null, null, resourceType);
        }

        /// <summary>The id of a typed resource other than a VNet, e.g. <c>subnet.Id</c>: its type is known, its text is not.</summary>
        public IdValue TypedResourceId(IPropertyReferenceOperation property) =>
            new IdValue(property.Syntax.ToString(), null, null, ResourceTypeOf(property.Instance!.Type!));

        /// <summary>The ARM type of the SDK's typed resources, where the analysis needs it; else the C# type's name.</summary>
        private string ResourceTypeOf(ITypeSymbol type)
        {
            if (AzureNetworkSymbols.Is(type, Symbols.NetworkResource))
            {
                return VirtualNetworkType;
            }

            return type.Name switch
            {
                "SubnetResource" => VirtualNetworkType + "/subnets",
                "VirtualNetworkPeeringResource" => VirtualNetworkType + "/virtualNetworkPeerings",
                "VirtualNetworkGatewayResource" => "Microsoft.Network/virtualNetworkGateways",
                "RouteTableResource" => "Microsoft.Network/routeTables",
                "RouteResource" => "Microsoft.Network/routeTables/routes",
                "NetworkSecurityGroupResource" => "Microsoft.Network/networkSecurityGroups",
                _ => type.Name,
            };
        }

        private static string NetworkIdText(string subscription, string resourceGroup, string name) =>
            "/subscriptions/" + subscription + "/resourceGroups/" + resourceGroup + "/providers/" + VirtualNetworkType + "/" + name;
    }
}
