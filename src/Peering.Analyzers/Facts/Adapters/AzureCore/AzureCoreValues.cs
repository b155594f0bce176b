using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Analyzers.Symbols;

namespace Peering.Analyzers.Facts.Adapters.AzureCore
{
    /// <summary>
    /// The Azure.Core values every Azure library for .NET shares: regions (<c>AzureLocation</c>) and resource ids
    /// (<c>ResourceIdentifier</c>). Each adapter of such a library asks this one part, so that a region or an id means the
    /// same in every library, and a compilation that uses two of them reads each value once, whichever adapter meets it.
    /// </summary>
    internal sealed class AzureCoreValues
    {
        public const string VirtualNetworkType = "Microsoft.Network/virtualNetworks";

        private readonly INamedTypeSymbol? resourceIdentifier;
        private readonly INamedTypeSymbol? azureLocation;
        private readonly ValueEvaluator evaluator;
        private readonly FactRecorder recorder;

        public AzureCoreValues(SdkLibraries symbols, ValueEvaluator evaluator, FactRecorder recorder)
        {
            resourceIdentifier = symbols.ResourceIdentifier;
            azureLocation = symbols.AzureLocation;
            this.evaluator = evaluator;
            this.recorder = recorder;
        }

        /// <summary><c>new ResourceIdentifier("...")</c> and <c>new AzureLocation("westus")</c>; false for any other creation.</summary>
        public bool TryCreate(IObjectCreationOperation creation, out Value? created)
        {
            created = null;
            if (IsResourceIdentifier(creation.Type) && creation.Arguments.Length == 1)
            {
                created = FromTextArgument(creation.Arguments[0].Value);
                return true;
            }

            if (IsAzureLocation(creation.Type) && creation.Arguments.Length >= 1)
            {
                created = Region(creation.Arguments[0].Value);
                return true;
            }

            return false;
        }

        /// <summary><c>ResourceIdentifier.Parse("...")</c>; false for any other call.</summary>
        public bool TryInvoke(IInvocationOperation invocation, out Value? result)
        {
            var method = invocation.TargetMethod;
            result = null;
            if (method.IsStatic && method.Name == "Parse" && IsResourceIdentifier(method.ContainingType) && invocation.Arguments.Length == 1)
            {
                result = FromTextArgument(invocation.Arguments[0].Value);
                return true;
            }

            return false;
        }

        /// <summary><c>AzureLocation.WestUS</c>, named by its member (lower-cased when normalised); null for any other property.</summary>
        public Value? StaticValue(IPropertySymbol property) =>
            property.IsStatic && IsAzureLocation(property.ContainingType) && IsAzureLocation(property.Type) ? new LocationValue(property.Name) : null;

        /// <summary>A string converted to <c>AzureLocation</c> is a region (<c>Location = "West US"</c>); any other value is itself.</summary>
        public Value? Convert(Value? value, ITypeSymbol type) =>
            value is StringValue text && IsAzureLocation(type) ? new LocationValue(text.Text) : value;

        /// <summary>An id from its text: the VNet it names, or for a subnet id the VNet the subnet lies in.</summary>
        public IdValue FromText(string text) => recorder.Id(text);

        public bool IsResourceIdentifier(ITypeSymbol? type) => AzureNetworkSymbols.Is(type, resourceIdentifier);

        public bool IsAzureLocation(ITypeSymbol? type) => AzureNetworkSymbols.Is(type, azureLocation);

        private Value? FromTextArgument(IOperation argument) => evaluator.Text(argument) is { } text ? FromText(text) : null;

        private Value? Region(IOperation? name) => evaluator.Text(name) is { } text ? new LocationValue(text) : null;
    }
}
