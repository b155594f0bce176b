using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Peering.Analyzers.Facts.Evaluation
{
    /// <summary>The variable of a <c>foreach</c>: a local, or a (nested) tuple of locals and discards.</summary>
    internal sealed class LoopVariable
    {
        private LoopVariable(ILocalSymbol? local, IReadOnlyList<LoopVariable>? parts)
        {
            Local = local;
            Parts = parts;
        }

        /// <summary>The local, for a variable that is one.</summary>
        public ILocalSymbol? Local { get; }

        /// <summary>The parts, for a tuple; both null for a discard.</summary>
        public IReadOnlyList<LoopVariable>? Parts { get; }

        /// <summary>The loop variable of <paramref name="control"/>; null when its shape is not followed.</summary>
        public static LoopVariable? Of(IOperation? control)
        {
            switch (control)
            {
                case IVariableDeclaratorOperation declarator:
                    return new LoopVariable(declarator.Symbol, null);
                case IDeclarationExpressionOperation declaration:
                    return Of(declaration.Expression);
                case ILocalReferenceOperation local:
                    return new LoopVariable(local.Local, null);
                case IDiscardOperation:
                    return new LoopVariable(null, null);
                case ITupleOperation tuple:
                    var parts = new List<LoopVariable>();
                    foreach (var element in tuple.Elements)
                    {
                        var part = Of(element is IConversionOperation conversion ? conversion.Operand : element);
                        if (part == null)
                        {
                            return null;
                        }

                        parts.Add(part);
                    }

                    return new LoopVariable(null, parts);
                default:
                    return null;
            }
        }

        /// <summary>A body that may leave the loop early does not certainly run for every element.</summary>
        public static bool LeavesEarly(IOperation body)
        {
            foreach (var operation in body.DescendantsAndSelf())
            {
                if (operation is IBranchOperation or IReturnOperation or IThrowOperation)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
