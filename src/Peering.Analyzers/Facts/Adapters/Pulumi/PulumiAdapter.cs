using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Analyzers.Symbols;

namespace Peering.Analyzers.Facts.Adapters.Pulumi
{
    /// <summary>
    /// The adapter for one Pulumi Azure provider (Pulumi.AzureNative or the classic Pulumi.Azure): a program declares its
    /// network as resources, each built from args. Args are drafts (what they never set is known unset), a resource
    /// declaration deploys them once, and resources reference each other through their outputs (<c>hub.Id</c>,
    /// <c>hub.Name</c>). The work is split into <see cref="PulumiResources"/>, <see cref="PulumiArgsWriter"/>,
    /// <see cref="PulumiLists"/> and <see cref="PulumiProgram"/>.
    /// </summary>
    internal sealed class PulumiAdapter : PulumiPart, ISdkAdapter
    {
        private readonly PulumiResources resources;
        private readonly PulumiArgsWriter args;
        private readonly PulumiLists lists;
        private readonly PulumiProgram program;

        public PulumiAdapter(PulumiProvider provider, ValueEvaluator evaluator, FactRecorder recorder)
            : base(provider, evaluator, recorder)
        {
            resources = new PulumiResources(provider, evaluator, recorder);
            lists = new PulumiLists(provider, evaluator, recorder);
            args = new PulumiArgsWriter(provider, evaluator, recorder, lists);
            program = new PulumiProgram(provider, evaluator, recorder);
        }

        public bool TryCreate(IObjectCreationOperation creation, out Value? created)
        {
            var kind = Provider.KindOf(creation.Type);
            created = kind switch
            {
                PulumiKind.None or PulumiKind.NextHopType => null,
                _ when IsResource(kind) => resources.Declare(kind, creation),
                _ => args.Create(kind, creation),
            };
            return created != null;
        }

        public bool TryInvoke(IInvocationOperation invocation, out Value? result)
        {
            var method = invocation.TargetMethod;
            var kind = Provider.KindOf(method.ContainingType);
            if (method.IsStatic && method.Name == "Get" && IsResource(kind))
            {
                result = resources.Fetched(kind, invocation);
                return true;
            }

            return program.TryInvoke(invocation, out result);
        }

        public bool TryInvokeOn(Value receiver, IInvocationOperation invocation, out Value? result)
        {
            result = null;
            if (receiver is PulumiListValue list && invocation.TargetMethod.Name == "Add")
            {
                lists.Add(list, invocation);
                return true;
            }

            return false;
        }

        public bool TryRead(Value? instance, IPropertyReferenceOperation property, out Value? result)
        {
            result = instance switch
            {
                PulumiResourceValue resource => resources.Output(resource, property),
                PulumiArgs owner => PulumiArgsWriter.List(owner, property.Property.Name),
                null when property.Property.IsStatic && Provider.KindOf(property.Property.ContainingType) == PulumiKind.NextHopType => new StringValue(property.Property.Name),
                _ => null,
            };
            return result != null || instance is PulumiResourceValue;
        }

        public bool TryWrite(Value? instance, IPropertyReferenceOperation property, Value? value, ISimpleAssignmentOperation assignment)
        {
            if (instance is not PulumiArgs owner)
            {
                return false;
            }

            args.Write(owner, property.Property.Name, value, assignment);
            return true;
        }

        /// <summary>Pulumi's conversions (<c>T</c> and <c>Output&lt;T&gt;</c> to <c>Input&lt;T&gt;</c>, to a union, to a list) keep the value.</summary>
        public Value? Convert(Value? value, ITypeSymbol type) => value;

        /// <summary>A resource handed in is not followed: which resource it is, only the code that declares it tells.</summary>
        public Value? FromOutside(ISymbol symbol, ITypeSymbol? type) => null;

        public Value? ElementOf(Value? collection) => null;

        private static bool IsResource(PulumiKind kind) => kind is PulumiKind.ResourceGroup or PulumiKind.Network or PulumiKind.Peering or PulumiKind.Subnet
            or PulumiKind.RouteTable or PulumiKind.Route or PulumiKind.Gateway or PulumiKind.RouteTableAssociation;
    }
}
