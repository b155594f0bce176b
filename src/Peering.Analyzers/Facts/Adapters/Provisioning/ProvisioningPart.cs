using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts.Adapters.AzureCore;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Analyzers.Symbols;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Adapters.Provisioning
{
    /// <summary>What every part of the Azure.Provisioning adapter works with: the library's symbols, the evaluator, the recorder, the block's resources.</summary>
    internal abstract class ProvisioningPart
    {
        /// <summary>
        /// The resource group every resource of a Bicep file the library builds is deployed to: the program never names it,
        /// so resources named alike in the compilation are taken to be one, as resources of one resource group are.
        /// </summary>
        protected static readonly ResourceIdentity DeploymentGroup = ResourceIdentity.HeldBy("the resource group an Azure.Provisioning infrastructure is deployed to");

        protected ProvisioningPart(ProvisioningSymbols symbols, AzureCoreValues core, ValueEvaluator evaluator, FactRecorder recorder, ProvisionedResources resources)
        {
            Symbols = symbols;
            Core = core;
            Evaluator = evaluator;
            Recorder = recorder;
            Resources = resources;
        }

        protected ProvisioningSymbols Symbols { get; }

        protected AzureCoreValues Core { get; }

        protected ValueEvaluator Evaluator { get; }

        protected FactRecorder Recorder { get; }

        protected ProvisionedResources Resources { get; }

        protected static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) => AzureNetworkSymbols.Is(type, expected);

        /// <summary>
        /// How a resource of the program is told apart from others: by the name it is given in Azure (in the deployment's
        /// resource group); else by its Bicep identifier, under which the library names it; else, when neither is known (a
        /// resource built in a loop over configuration), as a resource of its own.
        /// </summary>
        protected static ResourceIdentity IdentityOf(ProvisionedResource resource, string typeName) =>
            resource.Name.IsKnown ? ResourceIdentity.Named(resource.Name.Value, DeploymentGroup)
            : resource.BicepIdentifier != null ? ResourceIdentity.HeldBy("Azure.Provisioning " + typeName + " '" + resource.BicepIdentifier + "'")
            : ResourceIdentity.Unique(typeName + " at " + resource.Declaration.GetLineSpan());

        /// <summary>A string the code writes to <paramref name="target"/>: known when the write certainly runs and its text is known.</summary>
        protected Fact<string> Text(TrackedObject target, Value? value, IOperation source) =>
            Evaluator.Definite(target, value is StringValue, (value as StringValue)?.Text!, source.Syntax.GetLocation());

        /// <summary>
        /// <c>Parent = hub</c>: the parent, when the write certainly runs and names a resource of the program; any other
        /// parent is one the analysis does not know.
        /// </summary>
        protected void SetParent<TParent>(ProvisionedChild<TParent> child, Value? value)
            where TParent : ProvisionedResource
        {
            if (value is TParent parent && Evaluator.RunsWith(child))
            {
                child.Parent = parent;
            }
            else
            {
                child.ParentUnknown = true;
            }
        }

        /// <summary>The Bicep identifier a library constructor or <c>FromExisting</c> is given, when known.</summary>
        protected string? IdentifierArgument(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
        {
            string? identifier = null;
            foreach (var argument in arguments)
            {
                var value = Evaluator.Eval(argument.Value);
                if (argument.Parameter?.Name == "bicepIdentifier")
                {
                    identifier = (value as StringValue)?.Text;
                }
            }

            return identifier;
        }
    }
}
