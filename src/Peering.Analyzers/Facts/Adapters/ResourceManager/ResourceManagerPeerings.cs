using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Analyzers.Symbols;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Adapters.ResourceManager
{
    /// <summary>
    /// Peerings: <c>VirtualNetworkPeeringData</c> and what each of its members sets, the writes
    /// (<c>GetVirtualNetworkPeerings().CreateOrUpdate</c>, <c>VirtualNetworkPeeringResource.Update</c>, a VNet's inline
    /// peerings), and peerings that exist (fetched, or each of a VNet's peerings in a loop), whose data the code may change
    /// and write back. Both SDK shapes: <c>RemoteVirtualNetworkId</c>, and from 1.16 <c>RemoteVirtualNetwork = new WritableSubResource { Id = ... }</c>.
    /// </summary>
    internal sealed class ResourceManagerPeerings : ResourceManagerPart
    {
        public ResourceManagerPeerings(AzureNetworkSymbols symbols, ValueEvaluator evaluator, FactRecorder recorder)
            : base(symbols, evaluator, recorder)
        {
        }

        /// <summary><c>new VirtualNetworkPeeringData()</c>: what it never sets is known unset.</summary>
        public PeeringDraft Create(IObjectCreationOperation creation)
        {
            var draft = new PeeringDraft(Evaluator.Depth, creation.Syntax.GetLocation(), builtHere: true);
            Recorder.Track(draft);
            return draft;
        }

        /// <summary>A call on a VNet's peerings collection: a write, or a peering fetched by name.</summary>
        public Value? CollectionCall(IInvocationOperation invocation)
        {
            var collection = Evaluator.Eval(invocation.Instance) as PeeringCollectionValue;
            var method = invocation.TargetMethod;
            if (IsCreateOrUpdate(method) || IsGet(method))
            {
                var name = NameArgument(invocation, "virtualNetworkPeeringName");
                var peering = new PeeringResourceValue(collection?.Parent, name, Evaluator.Depth);
                return IsCreateOrUpdate(method) ? Written(invocation, Write(invocation, collection?.Parent, name, rewrite: false), peering) : peering;
            }

            Evaluator.EscapeArguments(invocation);
            return null;
        }

        /// <summary><c>vnet.GetVirtualNetworkPeering[Async](name)</c>.</summary>
        public Value Fetched(VirtualNetwork? parent, IInvocationOperation invocation) =>
            new PeeringResourceValue(parent, NameArgument(invocation, "virtualNetworkPeeringName"), Evaluator.Depth);

        /// <summary>A call on a peering that exists: <c>Update</c> writes it again; <c>Get</c> is the peering itself.</summary>
        public Value? ResourceCall(IInvocationOperation invocation)
        {
            var peering = Evaluator.Eval(invocation.Instance) as PeeringResourceValue;
            switch (invocation.TargetMethod.Name)
            {
                case "Update" or "UpdateAsync":
                    return Written(invocation, Write(invocation, peering?.Parent, peering?.Name ?? Fact<string>.Unknown, rewrite: true), peering);
                case "Get" or "GetAsync":
                    return peering;
                default:
                    Evaluator.EscapeArguments(invocation);
                    return null;
            }
        }

        /// <summary><c>peering.Data</c> of a peering that exists: the same data object at every read, its settings unknown until set.</summary>
        public PeeringDraft DataOf(PeeringResourceValue peering, IPropertyReferenceOperation property)
        {
            if (peering.Data == null)
            {
                peering.Data = new PeeringDraft(peering.Depth, property.Syntax.GetLocation(), builtHere: false)
                {
                    Settings = { Name = peering.Name },
                };
                Recorder.Track(peering.Data);
            }

            return peering.Data;
        }

        /// <summary><c>vnetData.VirtualNetworkPeerings.Add(peering)</c>: a peering written with the VNet.</summary>
        public void AddInline(InlinePeeringsValue inline, IInvocationOperation invocation)
        {
            if (Evaluator.Eval(invocation.Arguments[0].Value) is PeeringDraft draft)
            {
                Recorder.AddInlinePeering(draft, inline.Owner, Evaluator.Depth > 0);
            }
        }

        /// <summary>
        /// A write to a member of peering data: a flag, the name, the remote, subnet peering, or a property Azure computes. From
        /// 1.16 the remote may also be given as <c>RemoteVirtualNetwork = new WritableSubResource { Id = ... }</c>, and
        /// <c>PeerCompleteVnets</c> is the obsolete alias of <c>AreCompleteVnetsPeered</c> (wire <c>peerCompleteVnets</c>).
        /// </summary>
        public void Write(PeeringDraft peering, string property, Value? value, ISimpleAssignmentOperation assignment)
        {
            switch (property)
            {
                case "RemoteVirtualNetwork":
                    PeeringSettings.Write(Evaluator, peering, "RemoteVirtualNetworkId", value is SubResourceValue sub ? sub.Id : value, assignment);
                    break;
                case "PeerCompleteVnets":
                    PeeringSettings.Write(Evaluator, peering, "AreCompleteVnetsPeered", value, assignment);
                    break;
                default:
                    PeeringSettings.Write(Evaluator, peering, property, value, assignment);
                    break;
            }
        }

        /// <summary>
        /// A peering written under <paramref name="name"/> into <paramref name="parent"/>. A <paramref name="rewrite"/> (an
        /// update of a peering that exists), like a write of a fetched peering's data, changes a peering rather than adds one.
        /// </summary>
        private DeploymentStep Write(IInvocationOperation invocation, VirtualNetwork? parent, Fact<string> name, bool rewrite)
        {
            var data = Evaluator.Eval(Argument(invocation, "data"));
            var synced = PassesSync(invocation);
            var write = Recorder.StartWrite(Describe("peering", name), invocation.Syntax.GetLocation());
            var draft = data as PeeringDraft;
            if (draft == null)
            {
                ValueEvaluator.Escape(data);
            }

            Recorder.WritePeering(draft, parent, name, invocation.Syntax.GetLocation(), synced, conditional: Evaluator.Depth > 0, rewrite || draft?.BuiltHere == false, write);
            return write;
        }

        /// <summary>True when the call passes <c>SyncRemoteAddressSpace.True</c>, or a value that may be it.</summary>
        private bool PassesSync(IInvocationOperation invocation)
        {
            var argument = Argument(invocation, "syncRemoteAddressSpace");
            if (argument == null || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                return false;
            }

            // Any value but null is a sync (the type has the single value "true", also reachable from a string);
            // unknown counts as a sync too: the analysis must not claim a sync is missing when it may be there.
            return Evaluator.Eval(argument.Value) is not NullValue;
        }
    }
}
