using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Symbols;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts
{
    /// <summary>Property reads and writes on the objects the interpreter tracks.</summary>
    internal sealed partial class MethodInterpreter
    {
        private Value? ReadProperty(IPropertyReferenceOperation property)
        {
            var region = WellKnownRegion(property) ?? WellKnownNextHop(property);
            if (region != null)
            {
                return region;
            }

            if (property.Property.IsStatic && property.Property.Name == "True" && AzureNetworkSymbols.Is(property.Property.ContainingType, symbols.SyncRemoteAddressSpace))
            {
                return SyncValue.Instance;
            }

            var instance = Eval(property.Instance);
            foreach (var argument in property.Arguments)
            {
                Escape(Eval(argument));
            }

            var name = property.Property.Name;
            switch (instance)
            {
                case NetworkResourceValue resource when name == "Data":
                    return resource.Data ??= new NetworkDataObject(0, property.Syntax.GetLocation(), resource.Network);
                case NetworkResourceValue resource when name == "Id":
                    return new IdValue(property.Syntax.ToString(), resource.Network, null, VirtualNetworkType);
                case NetworkResourceValue or ResourceGroupValue when name == "Value":
                    return instance;
                case NetworkDataObject data when name == "Id" && data.Network != null:
                    return new IdValue(property.Syntax.ToString(), data.Network, null, VirtualNetworkType);
                case NetworkDataObject data when name is "AddressSpace" or "AddressPrefixes":
                    return new PrefixListValue(data, "the address space", data.Prefixes);
                case NetworkDataObject data when name == "VirtualNetworkPeerings":
                    return new InlinePeeringsValue(data);
                case PrefixListValue list when name == "AddressPrefixes":
                    return list;
                case AddressSpaceObject space when name == "AddressPrefixes":
                    return new PrefixListValue(space.Owner, "the address space", space.Prefixes);
                case SubnetObject subnet when name == "AddressPrefixes":
                    return new PrefixListValue(null, SubnetDescription(subnet), null);
                case SubResourceValue sub when name == "Id":
                    return sub.Id;
                case SubnetOfNetworkValue subnet when name == "Value":
                    return subnet;
                case SubnetOfNetworkValue subnet when name == "Id":
                    return new IdValue(property.Syntax.ToString(), null, null, VirtualNetworkType + "/subnets", subnet.Network);
                case NetworkDataObject data when name == "Subnets":
                    return new SubnetListValue(data);
                case RouteTableDataObject table when name == "Routes":
                    return new RouteListValue(table);
                case RouteTableValue table when name == "Value":
                    return table;
                case RouteTableValue table when name == "Id":
                    return new RouteTableValue(table.Table, isId: true);
                case RouteTableValue table when name == "Data":
                    return new RouteTableDataObject { Table = table.Table };
                case GatewayDataObject gateway when name == "IPConfigurations":
                    return new GatewayIpConfigurationsValue(gateway);
            }

            if (name == "Id" && instance == null && AzureNetworkSymbols.DerivesFrom(property.Instance?.Type, symbols.ArmResource))
            {
                // The id of a typed resource other than a VNet, e.g. subnet.Id: its type is known, its text is not.
                return new IdValue(property.Syntax.ToString(), null, null, ResourceTypeOf(property.Instance!.Type!));
            }

            return instance == null ? UserProperty(property.Property) : null;
        }

        private Value? Assign(ISimpleAssignmentOperation assignment)
        {
            switch (assignment.Target)
            {
                case ILocalReferenceOperation local:
                    var localValue = Eval(assignment.Value);
                    Bind(local.Local, localValue);
                    return localValue;
                case IParameterReferenceOperation parameter:
                    var parameterValue = Eval(assignment.Value);
                    Bind(parameter.Parameter, parameterValue);
                    return parameterValue;
                case IPropertyReferenceOperation property:
                    var instance = Eval(property.Instance);
                    var value = Eval(assignment.Value);
                    if (!WriteProperty(instance, property, value, assignment))
                    {
                        Escape(value);
                    }

                    return value;
                default:
                    var assigned = Eval(assignment.Value);
                    Escape(assigned);
                    EvalChildren(assignment.Target);
                    return assigned;
            }
        }

        /// <summary>Records a write to a tracked object; false when the target is not tracked.</summary>
        private bool WriteProperty(Value? instance, IPropertyReferenceOperation property, Value? value, ISimpleAssignmentOperation assignment)
        {
            var location = assignment.Syntax.GetLocation();
            switch (instance)
            {
                case PeeringDataObject peering:
                    WritePeeringProperty(peering, property.Property.Name, value, assignment, location);
                    return true;
                case NetworkDataObject network when property.Property.Name == "Location":
                    network.Location = Definite(network, value is LocationValue, (value as LocationValue)?.Name!, location);
                    return true;
                case NetworkDataObject network when property.Property.Name == "AddressSpace":
                    if (value is AddressSpaceObject space)
                    {
                        space.Owner = network;
                    }

                    network.Prefixes = value is AddressSpaceObject { } assigned && RunsWith(network)
                        ? assigned.Prefixes
                        : new PrefixTracker(network.Depth) { Unknown = true };

                    RecordChange(network, "replaces the address space", location);
                    return true;
                case RouteObject route:
                    return WriteRouteProperty(route, property.Property.Name, value, location);
                case RouteTableDataObject table when property.Property.Name == "Id":
                    table.Table = (value as RouteTableValue)?.Table;
                    return true;
                case SubnetObject subnet when property.Property.Name == "RouteTable":
                    subnet.RouteTable = (value as RouteTableDataObject)?.Table;
                    return true;
                case GatewayIpConfigurationObject configuration when property.Property.Name is "SubnetId" or "Subnet":
                    configuration.Network = ((value is SubResourceValue sub ? sub.Id : value) as IdValue)?.SubnetOf;
                    return true;
                case SubnetObject subnet when property.Property.Name == "Name":
                    subnet.Name = (value as StringValue)?.Text;
                    return true;
                case SubnetObject subnet when property.Property.Name == "AddressPrefix" && value is StringValue prefix:
                    UsePrefix(prefix.Text, assignment.Value, null, SubnetDescription(subnet));
                    return true;
                case PrefixListValue list when property.Property.IsIndexer && value is StringValue replaced:
                    if (list.Tracker != null)
                    {
                        list.Tracker.Unknown = true;
                    }

                    UsePrefix(replaced.Text, assignment.Value, list.Owner, list.OwnerDescription);
                    if (list.Owner != null)
                    {
                        RecordChange(list.Owner, "replaces a prefix with " + replaced.Text, location);
                    }

                    return true;
                default:
                    return false;
            }
        }

        private void WritePeeringProperty(PeeringDataObject peering, string property, Value? value, ISimpleAssignmentOperation assignment, Location location)
        {
            var flag = value as BoolValue;
            var flagFact = Definite(peering, flag != null, flag?.Flag ?? false, location);
            switch (property)
            {
                case "AllowVirtualNetworkAccess":
                    peering.AllowVirtualNetworkAccess = flagFact;
                    break;
                case "AllowForwardedTraffic":
                    peering.AllowForwardedTraffic = flagFact;
                    break;
                case "AllowGatewayTransit":
                    peering.AllowGatewayTransit = flagFact;
                    break;
                case "UseRemoteGateways":
                    peering.UseRemoteGateways = flagFact;
                    break;
                case "DoNotVerifyRemoteGateways":
                    peering.DoNotVerifyRemoteGateways = flagFact;
                    break;
                case "Name":
                    peering.Name = Definite(peering, value is StringValue, (value as StringValue)?.Text!, assignment.Value.Syntax.GetLocation());
                    break;
                case "RemoteVirtualNetworkId":
                    peering.Remote = RemoteFact(peering, value, assignment.Value);
                    break;
                case "RemoteVirtualNetwork":
                    peering.Remote = value is SubResourceValue sub ? RemoteFact(peering, sub.Id, assignment.Value) : RemoteFact(peering, value, assignment.Value);
                    break;
                case "PeeringState" or "PeeringSyncLevel" or "RemoteAddressSpace" or "RemoteVirtualNetworkAddressSpace" or "LocalAddressSpace" or "LocalVirtualNetworkAddressSpace":
                    peering.ServiceManagedSettings.Add(new ServiceManagedSetting(property, location));
                    break;
            }
        }

        private Fact<RemoteNetworkReference> RemoteFact(PeeringDataObject peering, Value? value, IOperation source)
        {
            var location = source.Syntax.GetLocation();
            return value switch
            {
                IdValue id => Definite(peering, known: true, id.Reference, location),
                NullValue => RunsWith(peering) ? Fact<RemoteNetworkReference>.Absent(location) : Fact<RemoteNetworkReference>.Unknown,
                _ => Fact<RemoteNetworkReference>.Unknown,
            };
        }

        private static string SubnetDescription(SubnetObject subnet) =>
            subnet.Name == null ? "a subnet" : "subnet '" + subnet.Name + "'";
    }
}
