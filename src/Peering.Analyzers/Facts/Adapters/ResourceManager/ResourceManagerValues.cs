using Microsoft.CodeAnalysis;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Adapters.ResourceManager
{
    /// <summary>A VNet resource (from <c>CreateOrUpdate</c>, <c>Get</c>, an id, or a parameter).</summary>
    internal sealed class NetworkResourceValue : Value
    {
        public NetworkResourceValue(VirtualNetwork network, NetworkDraft? data)
        {
            Network = network;
            Data = data;
        }

        public VirtualNetwork Network { get; }

        public NetworkDraft? Data { get; set; }

        public override void Escape() => Data?.Escape();
    }

    /// <summary>The VNets collection of a resource group, in which VNets are named.</summary>
    internal sealed class NetworkCollectionValue : Value
    {
        public NetworkCollectionValue(ResourceIdentity? group) => Group = group;

        /// <summary>The resource group, when the code says which.</summary>
        public ResourceIdentity? Group { get; }
    }

    /// <summary>The peerings collection of a VNet (<c>vnet.GetVirtualNetworkPeerings()</c>).</summary>
    internal sealed class PeeringCollectionValue : Value
    {
        public PeeringCollectionValue(VirtualNetwork? parent) => Parent = parent;

        public VirtualNetwork? Parent { get; }
    }

    /// <summary>A peering that exists (fetched by name, returned by a write, or one of a VNet's peerings in a loop).</summary>
    internal sealed class PeeringResourceValue : Value
    {
        public PeeringResourceValue(VirtualNetwork? parent, Fact<string> name, int depth)
        {
            Parent = parent;
            Name = name;
            Depth = depth;
        }

        public VirtualNetwork? Parent { get; }

        public Fact<string> Name { get; }

        /// <summary>The nesting where the code got the peering, where its data is read.</summary>
        public int Depth { get; }

        /// <summary>Its data (<c>peering.Data</c>), once read: the same object at every read.</summary>
        public PeeringDraft? Data { get; set; }

        public override void Escape() => Data?.Escape();
    }

    /// <summary>The inline peerings list of a VNet's data (<c>data.VirtualNetworkPeerings</c>).</summary>
    internal sealed class InlinePeeringsValue : Value
    {
        public InlinePeeringsValue(NetworkDraft owner) => Owner = owner;

        public NetworkDraft Owner { get; }

        public override void Escape() => Owner.Escape();
    }

    /// <summary>A <c>WritableSubResource</c> whose <c>Id</c> is followed (the 1.16+ shape's <c>RemoteVirtualNetwork</c>).</summary>
    internal sealed class SubResourceValue : TrackedObject
    {
        public SubResourceValue(int depth, Location declaration)
            : base(depth, declaration)
        {
        }

        public Value? Id { get; set; }
    }

    /// <summary>The value <c>SyncRemoteAddressSpace.True</c>.</summary>
    internal sealed class SyncValue : Value
    {
        public static readonly SyncValue Instance = new SyncValue();
    }

    /// <summary>A subnet resource or the subnets collection of a known VNet (<c>hub.GetSubnets()</c>, <c>hub.GetSubnet("GatewaySubnet")</c>).</summary>
    internal sealed class SubnetOfNetworkValue : Value
    {
        public SubnetOfNetworkValue(VirtualNetwork network) => Network = network;

        public VirtualNetwork Network { get; }
    }

    /// <summary>The <c>Subnets</c> list of a VNet's data built here.</summary>
    internal sealed class SubnetListValue : Value
    {
        public SubnetListValue(NetworkDraft owner) => Owner = owner;

        public NetworkDraft Owner { get; }

        public override void Escape() => Owner.SubnetsOpen = true;
    }

    /// <summary>One IP configuration of a gateway, and the VNet of the subnet it names.</summary>
    internal sealed class GatewayIpConfigurationObject : Value
    {
        public VirtualNetwork? Network { get; set; }
    }

    /// <summary>The <c>IPConfigurations</c> list of a gateway being built.</summary>
    internal sealed class GatewayIpConfigurationsValue : Value
    {
        public GatewayIpConfigurationsValue(GatewayDraft owner) => Owner = owner;

        public GatewayDraft Owner { get; }
    }

    /// <summary>The gateways collection of a resource group.</summary>
    internal sealed class GatewayCollectionValue : Value
    {
        public static readonly GatewayCollectionValue Instance = new GatewayCollectionValue();
    }

    /// <summary>The <c>Routes</c> list of a route table's data.</summary>
    internal sealed class RouteListValue : Value
    {
        public RouteListValue(RouteTableDraft owner) => Owner = owner;

        public RouteTableDraft Owner { get; }
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

    /// <summary>The route tables collection of a resource group, in which tables are named.</summary>
    internal sealed class RouteTableCollectionValue : Value
    {
        public RouteTableCollectionValue(ResourceIdentity? group) => Group = group;

        public ResourceIdentity? Group { get; }
    }
}
