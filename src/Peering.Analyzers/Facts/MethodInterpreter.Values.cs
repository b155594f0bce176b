using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Symbols;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts
{
    /// <summary>Plain values: constants, strings built from constants, regions, resource ids.</summary>
    internal sealed partial class MethodInterpreter
    {
        private const string VirtualNetworkType = "Microsoft.Network/virtualNetworks";

        private static Value? Constant(object? constant) => constant switch
        {
            string text => new StringValue(text),
            bool flag => flag ? BoolValue.True : BoolValue.False,
            null => NullValue.Instance,
            _ => null,
        };

        /// <summary>Conversions keep the value, except a string that becomes a region (<c>Location = "West US"</c>).</summary>
        private Value? Convert(Value? value, ITypeSymbol? targetType)
        {
            if (value is StringValue text && targetType != null && AzureNetworkSymbols.Is(targetType, symbols.AzureLocation))
            {
                return Region(text.Text);
            }

            return value;
        }

        private static LocationValue Region(string name) => new LocationValue(AzureRegion.Normalize(name));

        private Value? Interpolate(IInterpolatedStringOperation interpolated)
        {
            var text = new StringBuilder();
            var known = true;
            foreach (var part in interpolated.Parts)
            {
                switch (part)
                {
                    case IInterpolatedStringTextOperation literal:
                        text.Append(literal.Text.ConstantValue.Value as string);
                        break;
                    case IInterpolationOperation { Alignment: null, FormatString: null } hole when Eval(hole.Expression) is StringValue value:
                        text.Append(value.Text);
                        break;
                    default:
                        EvalChildren(part);
                        known = false;
                        break;
                }
            }

            return known ? new StringValue(text.ToString()) : null;
        }

        private Value? Binary(IBinaryOperation binary)
        {
            var left = Eval(binary.LeftOperand);
            if (binary.OperatorKind is BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr)
            {
                Nested(() => Escape(Eval(binary.RightOperand)));
                return null;
            }

            var right = Eval(binary.RightOperand);
            return binary.OperatorKind == BinaryOperatorKind.Add && left is StringValue l && right is StringValue r
                ? new StringValue(l.Text + r.Text)
                : null;
        }

        /// <summary><c>AzureLocation.WestUS</c> is named <c>westus</c>: the member name, lower-cased.</summary>
        private Value? WellKnownRegion(IPropertyReferenceOperation property) =>
            property.Property.IsStatic && AzureNetworkSymbols.Is(property.Property.ContainingType, symbols.AzureLocation)
                && AzureNetworkSymbols.Is(property.Property.Type, symbols.AzureLocation)
                ? Region(property.Property.Name)
                : null;

        private IdValue IdFromText(string text)
        {
            var parsed = ArmResourceId.Parse(text);
            var network = parsed.Id is { IsVirtualNetwork: true } id ? NetworkForId(id) : null;
            // The VNet a subnet id (.../virtualNetworks/hub/subnets/GatewaySubnet) lies in: where a gateway is deployed.
            var enclosing = network == null ? parsed.Id?.EnclosingVirtualNetwork() : null;
            return new IdValue(text, network, parsed, null, enclosing == null ? null : NetworkForId(enclosing));
        }

        private static string NetworkIdText(string subscription, string resourceGroup, string name) =>
            "/subscriptions/" + subscription + "/resourceGroups/" + resourceGroup + "/providers/" + VirtualNetworkType + "/" + name;

        /// <summary><c>XResource.CreateResourceIdentifier(...)</c>: the type is stated by the code, the text by its arguments.</summary>
        private IdValue CreateResourceIdentifier(IInvocationOperation invocation)
        {
            var resourceType = ResourceTypeOf(invocation.TargetMethod.ContainingType);
            var parts = new string[invocation.Arguments.Length];
            var allKnown = true;
            for (var i = 0; i < parts.Length; i++)
            {
                if (Eval(invocation.Arguments[i].Value) is StringValue part)
                {
                    parts[i] = part.Text;
                }
                else
                {
                    allKnown = false;
                }
            }

            if (allKnown && AzureNetworkSymbols.Is(invocation.TargetMethod.ContainingType, symbols.NetworkResource) && parts.Length == 3)
            {
                var id = IdFromText(NetworkIdText(parts[0], parts[1], parts[2]));
                return new IdValue(id.Reference.Text, id.Reference.Network, id.Reference.ParsedId, resourceType);
            }

            if (allKnown && AzureNetworkSymbols.Is(invocation.TargetMethod.ContainingType, symbols.SubnetResource) && parts.Length == 4)
            {
                var id = IdFromText(NetworkIdText(parts[0], parts[1], parts[2]) + "/subnets/" + parts[3]);
                return new IdValue(id.Reference.Text, null, id.Reference.ParsedId, resourceType, id.SubnetOf);
            }

            return new IdValue(invocation.Syntax.ToString(), null, null, resourceType);
        }

        /// <summary>The ARM type of the SDK's typed resources, where the analysis needs it; else the C# type's name.</summary>
        private string ResourceTypeOf(ITypeSymbol type)
        {
            if (AzureNetworkSymbols.Is(type, symbols.NetworkResource))
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
    }
}
