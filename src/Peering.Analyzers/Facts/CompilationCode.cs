using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Symbols;

namespace Peering.Analyzers.Facts
{
    /// <summary>
    /// The code of one compilation the whole-compilation analysis reads: the code that may touch an Azure library, where
    /// the analysis starts, and the methods, fields and properties it follows into. Trees are recorded while the compiler
    /// hands out their semantic models; code is bound into operations only when read, at the end of the compilation, so
    /// code the analysis never follows is never bound.
    /// </summary>
    internal sealed class CompilationCode
    {
        private readonly ConcurrentDictionary<SyntaxTree, RecordedTree> trees = new ConcurrentDictionary<SyntaxTree, RecordedTree>();
        private readonly SdkLibraries libraries;

        public CompilationCode(SdkLibraries libraries) => this.libraries = libraries;

        /// <summary>Records a tree: its semantic model, and its code that may touch the SDK (<see cref="SdkCodeFilter"/>).</summary>
        public void Add(SemanticModel model, IReadOnlyList<CodeDeclaration> mayTouchSdk) =>
            trees[model.SyntaxTree] = new RecordedTree(model, mayTouchSdk);

        /// <summary>The body of a method, or the initializer of a field or property, when the analysis can use it.</summary>
        public IOperation? Find(ISymbol symbol, CancellationToken cancellationToken)
        {
            IOperation? usable = null;
            foreach (var reference in symbol.OriginalDefinition.DeclaringSyntaxReferences)
            {
                if (trees.TryGetValue(reference.SyntaxTree, out var tree) && ExecutableCode.OfDeclaringSyntax(reference.GetSyntax(cancellationToken)) is { } code)
                {
                    usable = Usable(symbol, code.Operations(tree.Model, cancellationToken)) ?? usable;
                }
            }

            return usable;
        }

        /// <summary>Every body that touches the SDK, with its owner, in a stable order: the starting points of the analysis.</summary>
        public IEnumerable<(ISymbol? Owner, IOperation Body)> Roots(CancellationToken cancellationToken) =>
            trees.Values
                .OrderBy(t => t.Model.SyntaxTree.FilePath, System.StringComparer.Ordinal)
                .SelectMany(t => t.MayTouchSdk.SelectMany(code => code.Operations(t.Model, cancellationToken)
                    .Where(o => o is IBlockOperation && TouchesSdk(o))
                    .Select(o => (code.Owner(t.Model, cancellationToken), o))));

        /// <summary>
        /// Only what the evaluator can use: a method's body, or an initializer, when it touches the SDK or computes a
        /// plain value.
        /// </summary>
        private IOperation? Usable(ISymbol owner, IEnumerable<IOperation> operations)
        {
            IOperation? usable = null;
            foreach (var operation in operations)
            {
                switch (operation)
                {
                    case IFieldInitializerOperation field when IsPlainValue(field.Value) || TouchesSdk(field):
                        usable = field.Value;
                        break;
                    case IPropertyInitializerOperation property when IsPlainValue(property.Value) || TouchesSdk(property):
                        usable = property.Value;
                        break;
                    case IBlockOperation when owner is IMethodSymbol method && (ReturnsPlainValue(method) || TouchesSdk(operation)):
                        usable = operation;
                        break;
                }
            }

            return usable;
        }

        /// <summary>
        /// A helper that computes a name, a region or an id (directly or as a task) from plain values is worth following
        /// too; one that formats a domain object of the application is not.
        /// </summary>
        private static bool ReturnsPlainValue(IMethodSymbol method)
        {
            var type = method.ReturnType is INamedTypeSymbol { IsGenericType: true, Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task
                ? task.TypeArguments[0]
                : method.ReturnType;
            return IsNameRegionOrId(type) && method.Parameters.All(p => IsPlainParameter(p.Type));
        }

        /// <summary>An initializer the evaluator can read: a name, region or id, or an array or tuple built of them.</summary>
        private static bool IsPlainValue(IOperation value) =>
            value.Type is { } type && (IsNameRegionOrId(type) || value is IArrayCreationOperation || value is ITupleOperation || value.ConstantValue.HasValue);

        private static bool IsNameRegionOrId(ITypeSymbol type) =>
            type.SpecialType == SpecialType.System_String || type.ContainingNamespace?.ToDisplayString() == "Azure.Core"
            || (type is INamedTypeSymbol { IsTupleType: true } tuple && tuple.TupleElements.All(e => IsNameRegionOrId(e.Type)))
            || (type is INamedTypeSymbol { IsGenericType: true } collection && collection.TypeArguments.All(IsNameRegionOrId))
            || (type is IArrayTypeSymbol array && IsNameRegionOrId(array.ElementType));

        private static bool IsPlainParameter(ITypeSymbol type) =>
            IsNameRegionOrId(type) || type.IsValueType || type.ContainingNamespace?.ToDisplayString().StartsWith("Azure", System.StringComparison.Ordinal) == true;

        private bool TouchesSdk(IOperation block)
        {
            foreach (var operation in block.DescendantsAndSelf())
            {
                if (libraries.IsLibrary(operation.Type?.ContainingAssembly)
                    || (operation is IInvocationOperation invocation && libraries.IsLibrary(invocation.TargetMethod.ContainingAssembly)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A tree as the compiler handed it out: its semantic model, and its code that may touch the SDK, not yet bound.</summary>
        private sealed class RecordedTree
        {
            public RecordedTree(SemanticModel model, IReadOnlyList<CodeDeclaration> mayTouchSdk)
            {
                Model = model;
                MayTouchSdk = mayTouchSdk;
            }

            public SemanticModel Model { get; }

            public IReadOnlyList<CodeDeclaration> MayTouchSdk { get; }
        }
    }
}
