using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Symbols;

namespace Peering.Analyzers.Facts
{
    /// <summary>
    /// The code of one compilation the whole-compilation analysis can follow into: bodies of methods that touch the
    /// Azure SDK or compute a value (a string, a region), and initializers of fields and properties. Filled while the
    /// compiler hands out operation blocks, read at the end of the compilation.
    /// </summary>
    internal sealed class CompilationCode
    {
        private readonly ConcurrentDictionary<ISymbol, IOperation> bodies = new ConcurrentDictionary<ISymbol, IOperation>(SymbolEqualityComparer.Default);
        private readonly AzureNetworkSymbols symbols;

        public CompilationCode(AzureNetworkSymbols symbols) => this.symbols = symbols;

        /// <summary>Records a block; returns true when it touches the SDK, i.e. when it is worth interpreting on its own.</summary>
        public bool Add(ISymbol owner, IOperation block)
        {
            // Only what the interpreter can use is kept: a kept operation keeps its syntax tree's bound state alive until
            // the end of the compilation, so keeping every initializer and string helper of a large solution costs
            // hundreds of megabytes.
            var touchesSdk = TouchesSdk(block);
            switch (block)
            {
                case IFieldInitializerOperation field when touchesSdk || IsPlainValue(field.Value):
                    bodies[owner] = field.Value;
                    break;
                case IPropertyInitializerOperation property when touchesSdk || IsPlainValue(property.Value):
                    bodies[owner] = property.Value;
                    break;
                case IMethodBodyOperation or IBlockOperation when owner is IMethodSymbol method && (touchesSdk || ReturnsPlainValue(method)):
                    bodies[owner] = block;
                    break;
            }

            return touchesSdk;
        }

        /// <summary>The body of a method, or the initializer of a field or property.</summary>
        public IOperation? Find(ISymbol symbol) =>
            bodies.TryGetValue(symbol.OriginalDefinition, out var body) ? body : null;

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

        /// <summary>An initializer the interpreter can read: a name, region or id, or an array or tuple built of them.</summary>
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
                if (SymbolEqualityComparer.Default.Equals(operation.Type?.ContainingAssembly, symbols.NetworkAssembly)
                    || (operation is IInvocationOperation invocation && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingAssembly, symbols.NetworkAssembly)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
