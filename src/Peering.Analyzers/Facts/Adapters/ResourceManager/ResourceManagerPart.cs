using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Analyzers.Symbols;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Adapters.ResourceManager
{
    /// <summary>What every part of the Azure.ResourceManager.Network adapter works with: the SDK's symbols, the evaluator, the recorder.</summary>
    internal abstract class ResourceManagerPart
    {
        protected ResourceManagerPart(AzureNetworkSymbols symbols, ValueEvaluator evaluator, FactRecorder recorder)
        {
            Symbols = symbols;
            Evaluator = evaluator;
            Recorder = recorder;
        }

        protected AzureNetworkSymbols Symbols { get; }

        protected ValueEvaluator Evaluator { get; }

        protected FactRecorder Recorder { get; }

        protected static bool IsCreateOrUpdate(IMethodSymbol method) => method.Name is "CreateOrUpdate" or "CreateOrUpdateAsync";

        protected static bool IsGet(IMethodSymbol method) => method.Name is "Get" or "GetAsync";

        /// <summary>The argument for the SDK parameter named <paramref name="parameterName"/>; the SDK's names are stable across versions.</summary>
        protected static IArgumentOperation? Argument(IInvocationOperation invocation, string parameterName)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == parameterName)
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary>A name passed to the SDK as a known fact, at the argument; unknown otherwise.</summary>
        protected Fact<string> NameArgument(IInvocationOperation invocation, string parameterName)
        {
            var argument = Argument(invocation, parameterName);
            return argument != null && Evaluator.Text(argument.Value) is { } name
                ? Fact<string>.Known(name, argument.Value.Syntax.GetLocation())
                : Fact<string>.Unknown;
        }
    }
}
