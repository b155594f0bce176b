using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts
{
    /// <summary>What the method interpreter knows an expression evaluates to. Anything else is unknown (null).</summary>
    internal abstract class Value
    {
    }

    internal sealed class StringValue : Value
    {
        public StringValue(string text) => Text = text;

        public string Text { get; }
    }

    internal sealed class BoolValue : Value
    {
        public static readonly BoolValue True = new BoolValue(true);
        public static readonly BoolValue False = new BoolValue(false);

        private BoolValue(bool value) => Flag = value;

        public bool Flag { get; }
    }

    /// <summary>An Azure region, normalised (<c>westus</c>).</summary>
    internal sealed class LocationValue : Value
    {
        public LocationValue(string name) => Name = name;

        public string Name { get; }
    }

    /// <summary>The value <c>SyncRemoteAddressSpace.True</c>.</summary>
    internal sealed class SyncValue : Value
    {
        public static readonly SyncValue Instance = new SyncValue();
    }

    /// <summary>The literal <c>null</c>.</summary>
    internal sealed class NullValue : Value
    {
        public static readonly NullValue Instance = new NullValue();
    }

    /// <summary>A resource id: its text when known, the VNet it names, or the resource type the code states.</summary>
    internal sealed class IdValue : Value
    {
        public IdValue(string text, VirtualNetwork? network, ArmResourceIdParseResult? parsed, string? resourceTypeFromSource, VirtualNetwork? subnetOf = null)
        {
            Reference = new RemoteNetworkReference(text, network, parsed, resourceTypeFromSource);
            SubnetOf = subnetOf;
        }

        /// <summary>The id as a peering's remote, the form the rules read.</summary>
        public RemoteNetworkReference Reference { get; }

        /// <summary>For the id of a subnet, the VNet the subnet belongs to, when known (where a gateway is deployed).</summary>
        public VirtualNetwork? SubnetOf { get; }
    }

    /// <summary>A <c>WritableSubResource</c> whose <c>Id</c> is tracked (the MAIN shape's <c>RemoteVirtualNetwork</c>).</summary>
    internal sealed class SubResourceValue : Value
    {
        public SubResourceValue(Value? id) => Id = id;

        public Value? Id { get; }
    }

    /// <summary>Objects created in the method whose later mutations the interpreter follows.</summary>
    internal abstract class TrackedObject : Value
    {
        protected TrackedObject(int depth, Location declaration)
        {
            Depth = depth;
            Declaration = declaration;
        }

        /// <summary>The control-flow nesting at creation: a write at a deeper nesting may not run, so it makes the fact unknown.</summary>
        public int Depth { get; }

        public Location Declaration { get; }

        /// <summary>Code the interpreter cannot see may have read or changed the object.</summary>
        public bool Escaped { get; set; }
    }

    /// <summary>A <c>VirtualNetworkPeeringData</c> being built.</summary>
    internal sealed class PeeringDataObject : TrackedObject
    {
        public PeeringDataObject(int depth, Location declaration, bool createdHere)
            : base(depth, declaration)
        {
            // A peering created here with no remote or flag set is known to have none (Azure's defaults apply);
            // one from elsewhere is unknown.
            if (createdHere)
            {
                Remote = Fact<RemoteNetworkReference>.Absent(null);
                AllowVirtualNetworkAccess = Fact<bool>.Absent(null);
                AllowForwardedTraffic = Fact<bool>.Absent(null);
                AllowGatewayTransit = Fact<bool>.Absent(null);
                UseRemoteGateways = Fact<bool>.Absent(null);
                DoNotVerifyRemoteGateways = Fact<bool>.Absent(null);
            }
        }

        public Fact<string> Name { get; set; }

        public Fact<RemoteNetworkReference> Remote { get; set; }

        public Fact<bool> AllowVirtualNetworkAccess { get; set; }

        public Fact<bool> AllowForwardedTraffic { get; set; }

        public Fact<bool> AllowGatewayTransit { get; set; }

        public Fact<bool> UseRemoteGateways { get; set; }

        public Fact<bool> DoNotVerifyRemoteGateways { get; set; }

        public List<ServiceManagedSetting> ServiceManagedSettings { get; } = new List<ServiceManagedSetting>();

        public bool Written { get; set; }

        /// <summary>The state just before the object first escaped, kept for a peering never written here.</summary>
        public VirtualNetworkPeering? BeforeEscape { get; set; }

        /// <summary>Forget everything code elsewhere may have changed.</summary>
        public void MakeUnknown()
        {
            Name = default;
            Remote = default;
            AllowVirtualNetworkAccess = default;
            AllowForwardedTraffic = default;
            AllowGatewayTransit = default;
            UseRemoteGateways = default;
            DoNotVerifyRemoteGateways = default;
        }

        /// <summary>
        /// The peering as it stands. A missing remote is a fact only for a peering written here: one built here
        /// and handed on may get its remote elsewhere.
        /// </summary>
        public VirtualNetworkPeering Snapshot(VirtualNetwork? parent, Fact<string> name, bool written)
        {
            var remote = Remote.State != FactState.Absent ? Remote
                : written ? Fact<RemoteNetworkReference>.Absent(Remote.Source ?? Declaration)
                : Fact<RemoteNetworkReference>.Unknown;
            var peering = new VirtualNetworkPeering(Declaration)
            {
                Parent = parent,
                Name = name,
                Remote = remote,
                AllowVirtualNetworkAccess = AllowVirtualNetworkAccess,
                AllowForwardedTraffic = AllowForwardedTraffic,
                AllowGatewayTransit = AllowGatewayTransit,
                UseRemoteGateways = UseRemoteGateways,
                DoNotVerifyRemoteGateways = DoNotVerifyRemoteGateways,
            };
            foreach (var setting in ServiceManagedSettings)
            {
                peering.ServiceManagedSettings.Add(setting);
            }

            return peering;
        }
    }

    /// <summary>A <c>VirtualNetworkData</c>: built here, or the data of an existing VNet.</summary>
    internal sealed class NetworkDataObject : TrackedObject
    {
        public NetworkDataObject(int depth, Location declaration, VirtualNetwork? network)
            : base(depth, declaration)
        {
            Network = network;
            Deployed = network != null;
            CreatedHere = network == null;

            // The data of an existing VNet holds prefixes the code has not seen.
            Prefixes = new PrefixTracker(depth) { Unknown = !CreatedHere };
        }

        /// <summary>True for data built by the code (<c>new VirtualNetworkData</c>), not read from an existing VNet.</summary>
        public bool CreatedHere { get; }

        /// <summary>The prefixes of the address space as far as the code tells.</summary>
        public PrefixTracker Prefixes { get; set; }

        public Fact<string> Location { get; set; }

        /// <summary>The VNet this data describes, once known (when it is sent, or read from a resource).</summary>
        public VirtualNetwork? Network { get; set; }

        /// <summary>True once the VNet exists in Azure: later prefix edits are changes to a live VNet.</summary>
        public bool Deployed { get; set; }

        /// <summary>The subnets built into this data, for their route tables.</summary>
        public List<SubnetObject> Subnets { get; } = new List<SubnetObject>();

        /// <summary>Prefix edits made after deployment that have not been sent yet.</summary>
        public List<PendingChange> PendingChanges { get; } = new List<PendingChange>();
    }

    /// <summary>The address space (or its prefix list) of a VNet data object, for edits through it.</summary>
    internal sealed class PrefixListValue : Value
    {
        public PrefixListValue(NetworkDataObject? owner, string ownerDescription, PrefixTracker? tracker)
        {
            Owner = owner;
            OwnerDescription = ownerDescription;
            Tracker = tracker;
        }

        public NetworkDataObject? Owner { get; }

        /// <summary>Where the list's known prefixes are kept; null for lists whose prefixes no rule needs (subnets).</summary>
        public PrefixTracker? Tracker { get; }

        public string OwnerDescription { get; }
    }

    /// <summary>A <c>VirtualNetworkAddressSpace</c> created here, holding the prefixes written into it.</summary>
    internal sealed class AddressSpaceObject : Value
    {
        public AddressSpaceObject(NetworkDataObject? owner, int depth)
        {
            Owner = owner;
            Prefixes = new PrefixTracker(depth);
        }

        public NetworkDataObject? Owner { get; set; }

        public PrefixTracker Prefixes { get; }
    }

    /// <summary>The valid prefixes written into an address space; unknown once any write is unknown or may not run.</summary>
    internal sealed class PrefixTracker
    {
        public PrefixTracker(int depth) => Depth = depth;

        /// <summary>The nesting at which the list was created; deeper edits may not run.</summary>
        public int Depth { get; }

        public List<NetworkPrefix> Known { get; } = new List<NetworkPrefix>();

        public bool Unknown { get; set; }
    }

    internal sealed class PendingChange
    {
        public PendingChange(string description, Location location)
        {
            Description = description;
            Location = location;
        }

        public string Description { get; }

        public Location Location { get; }
    }

    /// <summary>A resource group whose name the code states (<c>subscription.GetResourceGroup("network-rg")</c>).</summary>
    internal sealed class ResourceGroupValue : Value
    {
        public ResourceGroupValue(string name) => Name = name;

        public string Name { get; }
    }

    /// <summary>An array or list built from known elements, so a <c>foreach</c> over it can be followed element by element.</summary>
    internal sealed class SequenceValue : Value
    {
        public SequenceValue(IReadOnlyList<Value?> items) => Items = items;

        public IReadOnlyList<Value?> Items { get; }

        /// <summary>Code the interpreter cannot see may have changed the elements.</summary>
        public bool Escaped { get; set; }
    }

    /// <summary>A tuple literal such as <c>(hub, spoke)</c>.</summary>
    internal sealed class TupleValue : Value
    {
        public TupleValue(IReadOnlyList<Value?> items) => Items = items;

        public IReadOnlyList<Value?> Items { get; }
    }

    /// <summary>A VNet resource (from CreateOrUpdate, Get, an id, or a parameter).</summary>
    internal sealed class NetworkResourceValue : Value
    {
        public NetworkResourceValue(VirtualNetwork network, NetworkDataObject? data)
        {
            Network = network;
            Data = data;
        }

        public VirtualNetwork Network { get; }

        public NetworkDataObject? Data { get; set; }
    }

    /// <summary>The peerings collection of a VNet (<c>vnet.GetVirtualNetworkPeerings()</c>).</summary>
    internal sealed class PeeringCollectionValue : Value
    {
        public PeeringCollectionValue(VirtualNetwork? parent) => Parent = parent;

        public VirtualNetwork? Parent { get; }
    }

    /// <summary>The VNets collection of a resource group, in which VNets are named.</summary>
    internal sealed class NetworkCollectionValue : Value
    {
        public NetworkCollectionValue(ResourceIdentity? scope) => Scope = scope;

        /// <summary>The resource group, when the code says which.</summary>
        public ResourceIdentity? Scope { get; }
    }
}

namespace Peering.Analyzers.Facts
{
    /// <summary>The inline peerings list of a VNet data object (<c>data.VirtualNetworkPeerings</c>).</summary>
    internal sealed class InlinePeeringsValue : Value
    {
        public InlinePeeringsValue(NetworkDataObject owner) => Owner = owner;

        public NetworkDataObject Owner { get; }
    }

    /// <summary>A subnet resource or the subnets collection of a known VNet (<c>hub.GetSubnets()</c>, <c>hub.GetSubnet("GatewaySubnet")</c>).</summary>
    internal sealed class SubnetOfNetworkValue : Value
    {
        public SubnetOfNetworkValue(VirtualNetwork network) => Network = network;

        public VirtualNetwork Network { get; }
    }

    /// <summary>A <c>VirtualNetworkGatewayData</c> built here: the VNets its IP configurations place it in.</summary>
    internal sealed class GatewayDataObject : Value
    {
        public List<VirtualNetwork> Networks { get; } = new List<VirtualNetwork>();
    }

    /// <summary>One IP configuration of a gateway, and the VNet of the subnet it names.</summary>
    internal sealed class GatewayIpConfigurationObject : Value
    {
        public VirtualNetwork? Network { get; set; }
    }

    /// <summary>The <c>IPConfigurations</c> list of a gateway being built.</summary>
    internal sealed class GatewayIpConfigurationsValue : Value
    {
        public GatewayIpConfigurationsValue(GatewayDataObject owner) => Owner = owner;

        public GatewayDataObject Owner { get; }
    }

    /// <summary>The gateways collection of a resource group.</summary>
    internal sealed class GatewayCollectionValue : Value
    {
        public static readonly GatewayCollectionValue Instance = new GatewayCollectionValue();
    }

    /// <summary>A <c>SubnetData</c> created here: its name for messages, and the route table it is associated with.</summary>
    internal sealed class SubnetObject : Value
    {
        public string? Name { get; set; }

        public RouteTable? RouteTable { get; set; }
    }

    /// <summary>The <c>Subnets</c> list of a VNet data object built here.</summary>
    internal sealed class SubnetListValue : Value
    {
        public SubnetListValue(NetworkDataObject owner) => Owner = owner;

        public NetworkDataObject Owner { get; }
    }

    /// <summary>
    /// A <c>RouteTableData</c>: built here with routes (to be sent), or standing for an existing table
    /// (<c>new RouteTableData { Id = table.Id }</c>, <c>table.Data</c>) when a subnet refers to it.
    /// </summary>
    internal sealed class RouteTableDataObject : Value
    {
        public List<RouteObject> Routes { get; } = new List<RouteObject>();

        /// <summary>The table it names, once known.</summary>
        public RouteTable? Table { get; set; }
    }

    /// <summary>The <c>Routes</c> list of a route table data object.</summary>
    internal sealed class RouteListValue : Value
    {
        public RouteListValue(RouteTableDataObject owner) => Owner = owner;

        public RouteTableDataObject Owner { get; }
    }

    /// <summary>A <c>RouteData</c> being built.</summary>
    internal sealed class RouteObject : TrackedObject
    {
        public RouteObject(int depth, Location declaration)
            : base(depth, declaration)
        {
        }

        public Fact<string> Name { get; set; }

        public Fact<string> AddressPrefix { get; set; }

        public Fact<string> NextHopType { get; set; }

        public Fact<string> NextHopIpAddress { get; set; }
    }

    /// <summary>A route table resource, its routes collection, or its id: all stand for the table.</summary>
    internal sealed class RouteTableValue : Value
    {
        public RouteTableValue(RouteTable table, bool isId = false)
        {
            Table = table;
            IsId = isId;
        }

        public RouteTable Table { get; }

        /// <summary>True for <c>table.Id</c>, which a subnet's <c>RouteTable = new RouteTableData { Id = ... }</c> takes.</summary>
        public bool IsId { get; }
    }

    /// <summary>The route tables collection of a resource group, keyed like the VNets collection.</summary>
    internal sealed class RouteTableCollectionValue : Value
    {
        public RouteTableCollectionValue(ResourceIdentity? scope) => Scope = scope;

        /// <summary>The resource group, when the code says which.</summary>
        public ResourceIdentity? Scope { get; }
    }
}
