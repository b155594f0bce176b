using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Analyzers.Symbols;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Adapters.Pulumi
{
    /// <summary>
    /// A resource the program declares (<c>new VirtualNetwork("hub", ...)</c>) or looks up (<c>VirtualNetwork.Get</c>): what
    /// its outputs name. A resource is deployed as declared, so nothing done with it later changes the facts.
    /// </summary>
    internal sealed class PulumiResourceValue : Value
    {
        public PulumiResourceValue(PulumiKind kind) => Kind = kind;

        public PulumiKind Kind { get; }

        /// <summary>The VNet of a VNet resource, or the VNet a subnet resource belongs to.</summary>
        public VirtualNetwork? Network { get; set; }

        /// <summary>The table of a route table resource.</summary>
        public RouteTable? Table { get; set; }

        /// <summary>The resource group of a resource group resource: the group VNets and tables are named in.</summary>
        public ResourceIdentity? Group { get; set; }

        /// <summary>The region a resource group was given, for <c>Location = rg.Location</c>.</summary>
        public string? Location { get; set; }

        /// <summary>A subnet resource: its name and route table, for a route table association.</summary>
        public SubnetDraft? Subnet { get; set; }
    }

    /// <summary>The <c>Name</c> output of a resource: a child's args name their parent with it (<c>VirtualNetworkName = hub.Name</c>).</summary>
    internal sealed class PulumiNameValue : Value
    {
        public PulumiNameValue(PulumiResourceValue resource) => Resource = resource;

        public PulumiResourceValue Resource { get; }
    }

    /// <summary>The <c>Id</c> output of a route table, which subnets take to use it.</summary>
    internal sealed class RouteTableIdValue : Value
    {
        public RouteTableIdValue(RouteTable table) => Table = table;

        public RouteTable Table { get; }
    }

    /// <summary>
    /// The args of a resource or an inline object being built. The resource's own name in Azure, its resource group and
    /// the parent a child names are the args'; what the args describe is held in the model's drafts (<see cref="Network"/>,
    /// <see cref="Peering"/>, ...), one of which is set according to <see cref="Kind"/>.
    /// </summary>
    internal sealed class PulumiArgs : TrackedObject
    {
        public PulumiArgs(PulumiKind kind, int depth, Location declaration)
            : base(depth, declaration) => Kind = kind;

        public PulumiKind Kind { get; }

        /// <summary>The name of the resource in Azure (<c>VirtualNetworkName</c>, <c>Name</c>); unknown when Pulumi names it.</summary>
        public Fact<string> Name { get; set; }

        /// <summary>The value of <c>ResourceGroupName</c>.</summary>
        public Value? Group { get; set; }

        /// <summary>The value that names the parent of a child resource (<c>VirtualNetworkName</c> of a peering, <c>RouteTableName</c> of a route).</summary>
        public Value? Parent { get; set; }

        public NetworkDraft? Network { get; set; }

        public PeeringDraft? Peering { get; set; }

        public SubnetDraft? Subnet { get; set; }

        public RouteTableDraft? RouteTable { get; set; }

        public RouteDraft? Route { get; set; }

        /// <summary>The prefixes of an address space.</summary>
        public PrefixTracker? Prefixes { get; set; }

        /// <summary>The <c>Id</c> of a sub-resource reference, or the subnet id of a gateway's IP configuration or of an association.</summary>
        public Value? Id { get; set; }

        /// <summary>The route table id of an association.</summary>
        public Value? TableId { get; set; }

        /// <summary>A gateway's VNets, from its IP configurations; <see cref="GatewayUnplaced"/> when one names a subnet the analysis cannot place.</summary>
        public List<VirtualNetwork> GatewayNetworks { get; } = new List<VirtualNetwork>();

        public bool GatewayUnplaced { get; set; }

        /// <summary>The region of a resource group.</summary>
        public string? Location { get; set; }

        public override void Escape()
        {
            Escaped = true;
            Name = default;
            Group = null;
            Parent = null;
            Id = null;
            TableId = null;
            Location = null;
            GatewayUnplaced = true;
            Network?.Escape();
            Peering?.Escape();
            Route?.Escape();
            if (Prefixes != null)
            {
                Prefixes.Unknown = true;
            }
        }
    }

    /// <summary>What a list input of args holds.</summary>
    internal enum PulumiListKind
    {
        Prefixes,
        Subnets,
        Peerings,
        Routes,
        IpConfigurations,

        /// <summary>The names of the subnets of a subnet peering, on the peering's own VNet.</summary>
        LocalSubnetNames,

        /// <summary>The names of the subnets of a subnet peering, on the remote VNet.</summary>
        RemoteSubnetNames,
    }

    /// <summary>A list input of args being built (<c>AddressPrefixes</c>, <c>Subnets</c>, <c>VirtualNetworkPeerings</c>, <c>Routes</c>, <c>IpConfigurations</c>).</summary>
    internal sealed class PulumiListValue : Value
    {
        public PulumiListValue(PulumiListKind kind, PulumiArgs owner, string description)
        {
            Kind = kind;
            Owner = owner;
            Description = description;
        }

        public PulumiListKind Kind { get; }

        public PulumiArgs Owner { get; }

        /// <summary>What the list is, in a message about one of its prefixes ("the address space", "subnet 'apps'").</summary>
        public string Description { get; }

        public override void Escape() => Owner.Escape();
    }
}
