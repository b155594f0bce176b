using System.Linq;
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

        /// <summary>
        /// What a write call gives the code, and when the write is complete for the writes after it: at the call for one that
        /// waits (<c>WaitUntil.Completed</c>, not async); when its task is awaited, for an async call; only once the code
        /// may have waited for the operation <c>WaitUntil.Started</c> gives; possibly at any time when the <c>WaitUntil</c> is
        /// not known. A write in a <c>try</c> with a <c>catch</c> may be retried after what it waits for: its order is unknown.
        /// </summary>
        protected Value? Written(IInvocationOperation invocation, DeploymentStep write, Value? result)
        {
            if (MayBeRetried(invocation))
            {
                write.WaitsForUnresolved(null);
            }

            var isAsync = invocation.TargetMethod.ReturnType.Name is "Task" or "ValueTask";
            switch (WaitUntilOf(invocation))
            {
                case "Completed" when !isAsync:
                    Recorder.Settle(write, complete: true);
                    return result;
                case "Completed":
                    return new PendingValue(result, complete => Recorder.Settle(write, complete));
                case "Started":
                    var operation = new PendingValue(result, complete => Recorder.Settle(write, complete));
                    return isAsync ? new PendingValue(operation, _ => { }) : operation;
                default:
                    Recorder.Settle(write, complete: false);
                    return result;
            }
        }

        /// <summary>The member of <c>WaitUntil</c> the call passes, or null when it is not known.</summary>
        private static string? WaitUntilOf(IInvocationOperation invocation)
        {
            var value = Argument(invocation, "waitUntil")?.Value;
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            if (value is IFieldReferenceOperation { Field: { ContainingType.TypeKind: TypeKind.Enum } field })
            {
                return field.Name;
            }

            return value?.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } type && value.ConstantValue.HasValue
                ? type.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, value.ConstantValue.Value))?.Name
                : null;
        }

        private static bool MayBeRetried(IOperation operation)
        {
            for (var child = operation; child.Parent != null; child = child.Parent)
            {
                if (child.Parent is ITryOperation { Catches.Length: > 0 } attempt && attempt.Body == child)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"peering 'hub-to-spoke'", or "the peering" when the name is not known.</summary>
        protected static string Describe(string what, Fact<string> name) =>
            name.IsKnown && name.Value != null ? what + " " + Peering.Rules.Text.DisplayText.Quote(name.Value) : "the " + what;

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
