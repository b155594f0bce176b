using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Peering.Analyzers.Facts.Evaluation
{
    /// <summary>
    /// What one library's types and members mean: which objects are VNets, peerings, address spaces, gateways, routes,
    /// which calls fetch and write them, which values are regions, ids and flags. The evaluator knows C#; it asks each
    /// adapter about every creation, call, property and conversion, and an adapter that does not know the member says so
    /// (false, or the value unchanged), so the evaluator treats it as code it does not see. An adapter evaluates the parts
    /// it needs (arguments, receivers) through the evaluator and hands what it learns to the fact recorder.
    /// </summary>
    internal interface ISdkAdapter
    {
        /// <summary><c>new T(...)</c> of the library: the new object, before its initializer runs.</summary>
        bool TryCreate(IObjectCreationOperation creation, out Value? created);

        /// <summary>A call of a method the library declares (a collection's <c>CreateOrUpdate</c>, a factory).</summary>
        bool TryInvoke(IInvocationOperation invocation, out Value? result);

        /// <summary>A call on a value of the library that is not a method of it (<c>Add</c> on one of its lists).</summary>
        bool TryInvokeOn(Value receiver, IInvocationOperation invocation, out Value? result);

        /// <summary>A property read; <paramref name="instance"/> is null for a static property or an unknown receiver.</summary>
        bool TryRead(Value? instance, IPropertyReferenceOperation property, out Value? result);

        /// <summary>A property write on a value of the library.</summary>
        bool TryWrite(Value? instance, IPropertyReferenceOperation property, Value? value, ISimpleAssignmentOperation assignment);

        /// <summary>The value after a conversion to <paramref name="type"/> (a string that becomes a region); the value itself otherwise.</summary>
        Value? Convert(Value? value, ITypeSymbol type);

        /// <summary>
        /// What a parameter, field or property whose value the code does not show stands for, when its identity is still
        /// known (a VNet resource handed in is one VNet throughout the method); null otherwise.
        /// </summary>
        Value? FromOutside(ISymbol symbol, ITypeSymbol? type);

        /// <summary>Each element of a <c>foreach</c> over <paramref name="collection"/>, when the library knows what they are (the peerings of a VNet).</summary>
        Value? ElementOf(Value? collection);
    }
}
