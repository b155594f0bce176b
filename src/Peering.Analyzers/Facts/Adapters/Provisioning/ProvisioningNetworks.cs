using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts.Adapters.AzureCore;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Analyzers.Symbols;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Adapters.Provisioning
{
    /// <summary>
    /// VNets and their subnets: <c>new VirtualNetwork("hub") { Location, AddressSpace, Subnets }</c>, standalone
    /// <c>SubnetResource</c>s with a <c>Parent</c>, the VNets' ids, and at the end of the code what each deployed VNet is: its
    /// region, its prefixes, its subnets' route tables, and whether a gateway may be deployed into it (it has, or may
    /// have, a gateway subnet: the library itself declares no gateways).
    /// </summary>
    internal sealed class ProvisioningNetworks : ProvisioningPart
    {
        private const string AddressSpaceDescription = "the address space";

        public ProvisioningNetworks(ProvisioningSymbols symbols, AzureCoreValues core, ValueEvaluator evaluator, FactRecorder recorder, ProvisionedResources resources)
            : base(symbols, core, evaluator, recorder, resources)
        {
        }

        /// <summary><c>new VirtualNetwork("hub")</c>, or <c>VirtualNetwork.FromExisting("hub")</c> when not <paramref name="builtHere"/>.</summary>
        public ProvisionedNetwork Network(string? identifier, bool builtHere, IOperation site)
        {
            var network = new ProvisionedNetwork(identifier, builtHere, Evaluator.Depth, site.Syntax.GetLocation());
            Resources.Networks.Add(network);
            return network;
        }

        public ProvisionedSubnet Subnet(string? identifier, bool builtHere, IOperation site)
        {
            var subnet = new ProvisionedSubnet(identifier, builtHere, Evaluator.Depth, site.Syntax.GetLocation());
            Resources.Subnets.Add(subnet);
            return subnet;
        }

        /// <summary>
        /// A VNet handed in (a parameter, field or property): one VNet throughout, whose settings the code does not show; a
        /// field or property is the same VNet in every method, a parameter only within this block.
        /// </summary>
        public ProvisionedNetwork FromOutside(ISymbol symbol)
        {
            var identity = symbol is IFieldSymbol or IPropertySymbol ? ResourceIdentity.HeldBy("member " + symbol.ToDisplayString()) : ResourceIdentity.Unique(symbol.Name);
            var location = symbol.Locations.Length > 0 ? symbol.Locations[0] : Location.None;
            var network = new ProvisionedNetwork(null, builtHere: false, 0, location);
            network.Model = Recorder.Network(identity, symbol.Name, location);
            return network;
        }

        /// <summary>The VNet in the model, made when first needed: by then the code has usually given it its name.</summary>
        public VirtualNetwork ModelOf(ProvisionedNetwork network) =>
            network.Model ??= Recorder.Network(IdentityOf(network, "VirtualNetwork"), network.Name.IsKnown ? network.Name.Value : network.BicepIdentifier ?? "a VNet", network.Declaration);

        /// <summary>A member of a VNet, subnet or address space that the analysis follows; false for any other.</summary>
        public bool TryRead(Value? instance, string name, IPropertyReferenceOperation property, out Value? result)
        {
            result = (instance, name) switch
            {
                (ProvisionedNetwork network, "Id") => new IdValue(property.Syntax.ToString(), ModelOf(network), null, AzureCoreValues.VirtualNetworkType),
                (ProvisionedNetwork network, "Location") => network.Data.Location.IsKnown ? new LocationValue(network.Data.Location.Value) : null,
                (ProvisionedNetwork network, "AddressSpace") => new PrefixListValue(network.Data, AddressSpaceDescription, network.Data.Prefixes),
                (ProvisionedNetwork network, "Subnets" or "VirtualNetworkPeerings") => new ChildList(network),
                (ProvisionedSubnet subnet, "Id") => new IdValue(property.Syntax.ToString(), null, null, AzureCoreValues.VirtualNetworkType + "/subnets", subnet.Owner == null ? null : ModelOf(subnet.Owner)),
                (ProvisionedSubnet subnet, "AddressPrefixes") => new PrefixListValue(null, subnet.Description, subnet.Draft.Prefixes),
                (ProvisionedSubnet { RouteTable: { } table }, "RouteTable") => table,
                (ProvisionedSubnet { Owner: { } owner }, "Parent") => owner,
                (AddressSpaceObject space, "AddressPrefixes") => new PrefixListValue(space.Owner, AddressSpaceDescription, space.Prefixes),
                (PrefixListValue list, "AddressPrefixes") => list,
                (ProvisionedSubnet subnet, "IpamPoolPrefixAllocations") => IpamAllocationsValue.Allocating(subnet.Draft.Prefixes),
                (PrefixListValue list, "IpamPoolPrefixAllocations") => IpamAllocationsValue.Allocating(list.Tracker),
                (AddressSpaceObject space, "IpamPoolPrefixAllocations") => IpamAllocationsValue.Allocating(space.Prefixes),
                _ => null,
            };
            return result != null;
        }

        /// <summary>A write to a VNet, a subnet or an address list; false for a member the analysis does not follow.</summary>
        public bool TryWrite(Value? instance, string name, Value? value, ISimpleAssignmentOperation assignment)
        {
            switch (instance)
            {
                case ProvisionedNetwork network:
                    WriteNetwork(network, name, value, assignment);
                    return true;
                case ProvisionedSubnet subnet:
                    WriteSubnet(subnet, name, value, assignment);
                    return true;
                case PrefixListValue list when assignment.Target is IPropertyReferenceOperation { Property.IsIndexer: true }:
                    PrefixListEdits.Replace(list, value, assignment, Recorder);
                    return true;
                case AddressSpaceObject space when name is "AddressPrefixes" or "IpamPoolPrefixAllocations":
                    // A whole list built elsewhere, or prefixes Azure allocates from a pool.
                    space.Prefixes.Unknown = true;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// At the end of the code: each VNet the program deploys becomes what its object says (with its inline subnets, all
        /// of them, as the VNet resource lists them), each subnet deployed as a child of its own joins its VNet's, and each
        /// deployed subnet associates its route table with its VNet and may bring a gateway.
        /// </summary>
        public void Complete(Func<ProvisionedRouteTable, RouteTable> tableModel)
        {
            foreach (var subnet in Resources.Subnets)
            {
                subnet.Draft.RouteTable = subnet.RouteTable == null ? null : tableModel(subnet.RouteTable);
                if (subnet.Owner is { } owner && subnet.Parent == null && subnet.IsDeployed)
                {
                    owner.Data.Subnets.Add(subnet.Draft);
                }
            }

            foreach (var network in Resources.Networks)
            {
                if (network.BuiltHere && network.AddedAt != null)
                {
                    var model = ModelOf(network);
                    // The order of a declarative program's writes is that of the Bicep it emits, which the analysis does not see.
                    Recorder.SendNetwork(network.Data, model, network.AddedAt, write: null);
                    model.MayHaveUnseenGateway |= network.Data.SubnetsOpen;
                }
            }

            foreach (var subnet in Resources.Subnets)
            {
                if (subnet.Owner is not { } owner || !subnet.IsDeployed)
                {
                    continue;
                }

                var model = ModelOf(owner);
                if (subnet.Parent != null)
                {
                    FactRecorder.AddSubnet(model, subnet.Draft, null);
                    FactRecorder.Associate(model, new[] { subnet.Draft });
                }

                // A gateway (VPN, ExpressRoute, Route Server) needs its subnet, which this library can declare but not the gateway.
                model.MayHaveUnseenGateway |= !subnet.Name.IsKnown || IsGatewaySubnet(subnet.Name.Value);
            }
        }

        /// <summary>A subnet, route or peering put in a VNet's or table's inline list.</summary>
        public static void AddChild(ChildList list, Value? child, bool conditional)
        {
            switch (list.Owner, child)
            {
                case (ProvisionedNetwork network, ProvisionedSubnet subnet):
                    (subnet.InlineOwner, subnet.InlineConditionally) = (network, conditional);
                    break;
                case (ProvisionedNetwork network, ProvisionedPeering peering):
                    (peering.InlineOwner, peering.InlineConditionally) = (network, conditional);
                    break;
                case (ProvisionedRouteTable table, ProvisionedRoute route):
                    (route.InlineOwner, route.InlineConditionally) = (table, conditional);
                    break;
                default:
                    // A child the analysis does not know may be any subnet or peering: the owner is no longer fully known.
                    list.Owner.Escape();
                    break;
            }
        }

        private static bool IsGatewaySubnet(string name) =>
            string.Equals(name, "GatewaySubnet", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "RouteServerSubnet", StringComparison.OrdinalIgnoreCase);

        private void WriteNetwork(ProvisionedNetwork network, string name, Value? value, ISimpleAssignmentOperation assignment)
        {
            var location = assignment.Syntax.GetLocation();
            switch (name)
            {
                case "Name":
                    network.Name = Text(network, value, assignment.Value);
                    break;
                case "Location":
                    network.Data.Location = Evaluator.Definite(network, value is LocationValue, (value as LocationValue)?.Name!, location);
                    break;
                case "AddressSpace":
                    if (value is AddressSpaceObject space)
                    {
                        space.Owner = network.Data;
                    }

                    network.Data.Prefixes = value is AddressSpaceObject { } assigned && Evaluator.RunsWith(network)
                        ? assigned.Prefixes
                        : new PrefixTracker(network.Depth) { Unknown = true };
                    break;
                case "Subnets" or "VirtualNetworkPeerings":
                    // A whole list the code builds elsewhere: its subnets and peerings are not known.
                    network.Escape();
                    break;
            }
        }

        private void WriteSubnet(ProvisionedSubnet subnet, string name, Value? value, ISimpleAssignmentOperation assignment)
        {
            switch (name)
            {
                case "Parent":
                    SetParent(subnet, value);
                    break;
                case "Name":
                    subnet.Name = Text(subnet, value, assignment.Value);
                    subnet.Draft.Name = subnet.Name.IsKnown ? subnet.Name.Value : null;
                    break;
                case "AddressPrefix":
                    var prefix = (value as StringValue)?.Text;
                    subnet.Draft.SetPrefix(prefix, Evaluator.Depth, assignment.Value.Syntax.GetLocation());
                    if (prefix != null)
                    {
                        Recorder.UsePrefix(prefix, assignment.Value.Syntax.GetLocation(), null, subnet.Description);
                    }

                    break;
                case "AddressPrefixes" or "IpamPoolPrefixAllocations":
                    subnet.Draft.Prefixes.Unknown = true;
                    break;
                case "RouteTable":
                    subnet.RouteTable = value is ProvisionedRouteTable table && Evaluator.RunsWith(subnet) ? table : null;
                    break;
            }
        }
    }
}
