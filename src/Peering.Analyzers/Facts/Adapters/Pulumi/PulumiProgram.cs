using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Analyzers.Symbols;

namespace Peering.Analyzers.Facts.Adapters.Pulumi
{
    /// <summary>
    /// The Pulumi core a program runs on: <c>Deployment.RunAsync(() => { ... })</c> runs its lambda once, where the program
    /// declares its resources; <c>Output.Create</c> and <c>Output.Format</c> build outputs from values the analysis may know.
    /// Everything else of the core (<c>Apply</c>, <c>Config</c>, <c>Output.Tuple</c>) gives values only a deployment knows.
    /// </summary>
    internal sealed class PulumiProgram : PulumiPart
    {
        private const string SubnetsSegment = "/subnets/";

        public PulumiProgram(PulumiProvider provider, ValueEvaluator evaluator, FactRecorder recorder)
            : base(provider, evaluator, recorder)
        {
        }

        /// <summary>A call of the core the analysis follows; false for any other.</summary>
        public bool TryInvoke(IInvocationOperation invocation, out Value? result)
        {
            result = null;
            var method = invocation.TargetMethod;
            if (AzureNetworkSymbols.Is(method.ContainingType, Provider.Deployment) && method.Name == "RunAsync")
            {
                Run(invocation);
                return true;
            }

            if (!AzureNetworkSymbols.Is(method.ContainingType, Provider.Output) || invocation.Arguments.Length != 1)
            {
                return false;
            }

            switch (method.Name)
            {
                case "Create":
                    result = Evaluator.Eval(invocation.Arguments[0].Value);
                    return true;
                case "Format":
                    result = Format(invocation.Arguments[0].Value);
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>The program's lambda runs once, where RunAsync is called; any other argument is code the analysis does not see.</summary>
        private void Run(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (Unwrap(argument.Value) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation program })
                {
                    Evaluator.Exec(program.Body);
                }
                else
                {
                    ValueEvaluator.Escape(Evaluator.Eval(argument.Value));
                }
            }
        }

        /// <summary>
        /// <c>Output.Format($"...")</c>: the text when every part is known, or the id of a subnet of a VNet the analysis knows
        /// (<c>$"{hub.Id}/subnets/GatewaySubnet"</c>), which places a gateway.
        /// </summary>
        private Value? Format(IOperation argument)
        {
            if (Unwrap(argument) is not IInterpolatedStringOperation interpolated)
            {
                ValueEvaluator.Escape(Evaluator.Eval(argument));
                return null;
            }

            var text = new StringBuilder();
            var known = true;
            IdValue? network = null;
            foreach (var part in interpolated.Parts)
            {
                switch (part)
                {
                    case IInterpolatedStringTextOperation literal:
                        text.Append(literal.Text.ConstantValue.Value as string);
                        break;
                    case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                        var value = Evaluator.Eval(hole.Expression);
                        if (value is StringValue written)
                        {
                            text.Append(written.Text);
                        }
                        else if (value is IdValue { Reference.Network: { } } id && text.Length == 0 && network == null)
                        {
                            network = id;
                        }
                        else
                        {
                            ValueEvaluator.Escape(value);
                            known = false;
                        }

                        break;
                    default:
                        Evaluator.EvalChildren(part);
                        known = false;
                        break;
                }
            }

            if (!known)
            {
                return null;
            }

            if (network == null)
            {
                return new StringValue(text.ToString());
            }

            var rest = text.ToString();
            return rest.StartsWith(SubnetsSegment, System.StringComparison.OrdinalIgnoreCase) && rest.IndexOf('/', SubnetsSegment.Length) < 0 && rest.Length > SubnetsSegment.Length
                ? new IdValue(network.Reference.Text + rest, null, null, VirtualNetworkType + "/subnets", network.Reference.Network)
                : null;
        }

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }
    }
}
