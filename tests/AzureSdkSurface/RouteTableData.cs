using System;
using System.Collections.Generic;
using Azure.ResourceManager.Network.Models;

namespace Azure.ResourceManager.Network
{
    public partial class RouteTableData : NetworkTrackedResourceData
    {
        public RouteTableData()
        {
        }

        public bool? DisableBgpRoutePropagation { get; set; }

        // Read in MAIN only; kept in OLD too (unverified there).
        public DisablePeeringRoute? DisablePeeringRoute { get; set; }

        public ETag? ETag { get; }

        public NetworkProvisioningState? ProvisioningState { get; }

        public Guid? ResourceGuid { get; }

        public IList<RouteData> Routes { get; } = new List<RouteData>();

        public IReadOnlyList<SubnetData> Subnets { get; } = new List<SubnetData>();
    }
}
