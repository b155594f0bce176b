using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Recording
{
    /// <summary>A route as the code builds it.</summary>
    internal sealed class RouteDraft : TrackedObject
    {
        public RouteDraft(int depth, Location declaration)
            : base(depth, declaration)
        {
        }

        public Fact<string> Name { get; set; }

        public Fact<string> AddressPrefix { get; set; }

        public Fact<string> NextHopType { get; set; }

        public Fact<string> NextHopIpAddress { get; set; }

        public override void Escape()
        {
            Escaped = true;
            Name = default;
            AddressPrefix = default;
            NextHopType = default;
            NextHopIpAddress = default;
        }
    }

    /// <summary>
    /// A route table's data: built here with routes (to be sent), or standing for an existing table (a subnet's reference
    /// to a table by its id).
    /// </summary>
    internal sealed class RouteTableDraft : Value
    {
        public List<RouteDraft> Routes { get; } = new List<RouteDraft>();

        /// <summary>The table it names, once known.</summary>
        public RouteTable? Table { get; set; }
    }

    /// <summary>A subnet built here: its name for messages, and the route table it is associated with.</summary>
    internal sealed class SubnetDraft : Value
    {
        public string? Name { get; set; }

        public RouteTable? RouteTable { get; set; }

        /// <summary>What the subnet is called in messages.</summary>
        public string Description => Name == null ? "a subnet" : "subnet '" + Name + "'";
    }

    /// <summary>A gateway built here: the VNets its IP configurations place it in.</summary>
    internal sealed class GatewayDraft : Value
    {
        public List<VirtualNetwork> Networks { get; } = new List<VirtualNetwork>();
    }
}
