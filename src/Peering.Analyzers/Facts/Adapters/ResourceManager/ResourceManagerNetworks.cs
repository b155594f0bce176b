using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Analyzers.Symbols;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Adapters.ResourceManager
{
    /// <summary>
    /// VNets: the resource groups they are named in, <c>GetVirtualNetworks()</c>, <c>CreateOrUpdate</c> and <c>Get</c>,
    /// <c>GetVirtualNetworkResource(id)</c>, and their data: region, address space and its edits (changes once the VNet
    /// exists), subnets and inline peerings.
    /// </summary>
    internal sealed class ResourceManagerNetworks : ResourceManagerPart
    {
        private const string AddressSpaceDescription = "the address space";

        private readonly Dictionary<ISymbol, ResourceIdentity> localGroups = new Dictionary<ISymbol, ResourceIdentity>(SymbolEqualityComparer.Default);

        public ResourceManagerNetworks(AzureNetworkSymbols symbols, ValueEvaluator evaluator, FactRecorder recorder)
            : base(symbols, evaluator, recorder)
        {
        }

        /// <summary><c>subscription.GetResourceGroup("network-rg")</c>: a group the code names.</summary>
        public Value? ResourceGroup(IInvocationOperation invocation)
        {
            Evaluator.Eval(invocation.Instance);
            return Evaluator.Text(Argument(invocation, "resourceGroupName")) is { } name ? new ResourceGroupValue(ResourceIdentity.Named(name, null)) : null;
        }

        /// <summary><c>rg.GetVirtualNetworks()</c>, <c>rg.GetVirtualNetwork[Async](name)</c>, <c>armClient.GetVirtualNetworkResource(id)</c>; null when not one of these.</summary>
        public Value? ExtensionCall(IInvocationOperation invocation, IOperation? receiver, out bool handled)
        {
            handled = true;
            switch (invocation.TargetMethod.Name)
            {
                case "GetVirtualNetworks" when receiver != null:
                    return new NetworkCollectionValue(GroupOf(receiver));
                case "GetVirtualNetwork" or "GetVirtualNetworkAsync" when receiver != null:
                    return Fetched(GroupOf(receiver), Evaluator.Text(Argument(invocation, "virtualNetworkName")), invocation);
                case "GetVirtualNetworkResource":
                    var id = Evaluator.Eval(Argument(invocation, "id")) as IdValue;
                    var network = id?.Reference.Network ?? Recorder.Network(ResourceIdentity.Unique(invocation.Syntax.ToString()), invocation.Syntax.ToString(), invocation.Syntax.GetLocation());
                    return new NetworkResourceValue(network, null);
                default:
                    handled = false;
                    return null;
            }
        }

        /// <summary>A call on <c>VirtualNetworkCollection</c>: create or update, or fetch by name.</summary>
        public Value? CollectionCall(IInvocationOperation invocation)
        {
            var group = (Evaluator.Eval(invocation.Instance) as NetworkCollectionValue)?.Group;
            if (IsCreateOrUpdate(invocation.TargetMethod))
            {
                return Write(invocation, group);
            }

            if (IsGet(invocation.TargetMethod))
            {
                return Fetched(group, Evaluator.Text(Argument(invocation, "virtualNetworkName")), invocation);
            }

            Evaluator.EscapeArguments(invocation);
            return null;
        }

        /// <summary>
        /// Which resource group a collection belongs to: the group the code names; else the parameter, field or property that
        /// holds it (a resource group passed around under one name is taken to be one group across the compilation); else the
        /// local variable, a group of its own inside this method.
        /// </summary>
        public ResourceIdentity? GroupOf(IOperation receiver)
        {
            if (Evaluator.Eval(receiver) is ResourceGroupValue group)
            {
                return group.Identity;
            }

            var symbol = receiver switch
            {
                IConversionOperation conversion => SymbolOf(conversion.Operand),
                _ => SymbolOf(receiver),
            };
            switch (symbol)
            {
                case null:
                    return null;
                case IParameterSymbol parameter:
                    return ResourceIdentity.HeldBy("parameter " + parameter.Name);
                case IFieldSymbol or IPropertySymbol:
                    return ResourceIdentity.HeldBy("member " + symbol.ToDisplayString());
            }

            if (!localGroups.TryGetValue(symbol, out var local))
            {
                local = ResourceIdentity.Unique(symbol.Name);
                localGroups.Add(symbol, local);
            }

            return local;
        }

        /// <summary>A VNet known by its name in a resource group; without both, a VNet of its own.</summary>
        public VirtualNetwork ByName(ResourceIdentity? group, string? name, IOperation site)
        {
            var displayName = name ?? site.Syntax.ToString();
            var identity = group != null && name != null ? ResourceIdentity.Named(name, group) : ResourceIdentity.Unique(displayName);
            return Recorder.Network(identity, displayName, site.Syntax.GetLocation());
        }

        /// <summary>A property of a VNet's data or address space; false when it is not one the analysis follows.</summary>
        public bool TryRead(Value? instance, string name, IPropertyReferenceOperation property, out Value? result)
        {
            result = (instance, name) switch
            {
                (NetworkDraft { Network: { } network }, "Id") => new IdValue(property.Syntax.ToString(), network, null, ResourceManagerIds.VirtualNetworkType),
                (NetworkDraft data, "AddressSpace" or "AddressPrefixes") => new PrefixListValue(data, AddressSpaceDescription, data.Prefixes),
                (NetworkDraft data, "VirtualNetworkPeerings") => new InlinePeeringsValue(data),
                (NetworkDraft data, "Subnets") => new SubnetListValue(data),
                (PrefixListValue list, "AddressPrefixes") => list,
                (AddressSpaceObject space, "AddressPrefixes") => new PrefixListValue(space.Owner, AddressSpaceDescription, space.Prefixes),
                (PrefixListValue list, "IpamPoolPrefixAllocations") => IpamAllocationsValue.Allocating(list.Tracker),
                (AddressSpaceObject space, "IpamPoolPrefixAllocations") => IpamAllocationsValue.Allocating(space.Prefixes),
                _ => null,
            };
            return result != null;
        }

        /// <summary>A write to a VNet's data: its region, its address space, or one of its prefixes.</summary>
        public bool TryWrite(Value? instance, string name, Value? value, ISimpleAssignmentOperation assignment)
        {
            var location = assignment.Syntax.GetLocation();
            switch (instance)
            {
                case NetworkDraft network when name == "Location":
                    network.Location = Evaluator.Definite(network, value is LocationValue, (value as LocationValue)?.Name!, location);
                    return true;
                case NetworkDraft network when name == "AddressSpace":
                    if (value is AddressSpaceObject space)
                    {
                        space.Owner = network;
                    }

                    network.Prefixes = value is AddressSpaceObject { } assigned && Evaluator.RunsWith(network)
                        ? assigned.Prefixes
                        : new PrefixTracker(network.Depth) { Unknown = true };
                    RecordChange(network, "replaces the address space", location);
                    return true;
                case PrefixListValue list when assignment.Target is IPropertyReferenceOperation { Property.IsIndexer: true }:
                    if (PrefixListEdits.Replace(list, value, assignment, Recorder) is { } change && list.Owner != null)
                    {
                        RecordChange(list.Owner, change, location);
                    }

                    return true;
                default:
                    return false;
            }
        }

        /// <summary><c>AddressPrefixes.Add/Insert/Remove/RemoveAt/Clear</c> on a VNet's or subnet's prefixes: once the VNet exists, a change.</summary>
        public void EditPrefixes(PrefixListValue list, IInvocationOperation invocation)
        {
            var change = PrefixListEdits.Apply(list, invocation, Evaluator, Recorder);
            if (change != null && list.Owner != null)
            {
                RecordChange(list.Owner, change, invocation.Syntax.GetLocation());
            }
        }

        private Value? Write(IInvocationOperation invocation, ResourceIdentity? group)
        {
            var name = Evaluator.Text(Argument(invocation, "virtualNetworkName"));
            var data = Evaluator.Eval(Argument(invocation, "data"));
            var write = Recorder.StartWrite(Describe("VNet", name == null ? Fact<string>.Unknown : Fact<string>.Known(name, null)), invocation.Syntax.GetLocation());
            var draft = data as NetworkDraft;
            var network = draft?.Network ?? ByName(group, name, invocation);
            if (draft == null)
            {
                ValueEvaluator.Escape(data);
                return Written(invocation, write, new NetworkResourceValue(network, null));
            }

            Recorder.SendNetwork(draft, network, invocation.Syntax.GetLocation(), write);
            return Written(invocation, write, new NetworkResourceValue(network, draft));
        }

        private Value? Fetched(ResourceIdentity? group, string? name, IInvocationOperation invocation) =>
            new NetworkResourceValue(ByName(group, name, invocation), null);

        /// <summary>An edit of a VNet's prefixes is a change only once the VNet exists; before that it is construction.</summary>
        private void RecordChange(NetworkDraft network, string description, Location location)
        {
            // An edit in a branch or loop may not happen: unknown, so not a change.
            if (network.Deployed && Evaluator.RunsWith(network))
            {
                network.PendingChanges.Add(new PendingChange(description, location));
            }
        }

        private static ISymbol? SymbolOf(IOperation operation) => operation switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Property.Parameters.Length: 0 } property => property.Property,
            _ => null,
        };
    }
}
