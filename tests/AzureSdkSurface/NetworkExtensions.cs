using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.ResourceManager.Resources;

namespace Azure.ResourceManager.Network
{
    /// <summary>Entry points on ARM's client, resource group and subscription (the Mockable*
    /// instance twins of these methods are left out).</summary>
    public static partial class NetworkExtensions
    {
        public static VirtualNetworkCollection GetVirtualNetworks(this ResourceGroupResource resourceGroupResource) => throw StandIn.NotLinked();

        public static Response<VirtualNetworkResource> GetVirtualNetwork(this ResourceGroupResource resourceGroupResource, string virtualNetworkName, string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public static Task<Response<VirtualNetworkResource>> GetVirtualNetworkAsync(this ResourceGroupResource resourceGroupResource, string virtualNetworkName, string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public static Pageable<VirtualNetworkResource> GetVirtualNetworks(this SubscriptionResource subscriptionResource, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public static AsyncPageable<VirtualNetworkResource> GetVirtualNetworksAsync(this SubscriptionResource subscriptionResource, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public static VirtualNetworkResource GetVirtualNetworkResource(this ArmClient client, ResourceIdentifier id) => throw StandIn.NotLinked();

        public static VirtualNetworkPeeringResource GetVirtualNetworkPeeringResource(this ArmClient client, ResourceIdentifier id) => throw StandIn.NotLinked();

        public static SubnetResource GetSubnetResource(this ArmClient client, ResourceIdentifier id) => throw StandIn.NotLinked();

        public static VirtualNetworkGatewayCollection GetVirtualNetworkGateways(this ResourceGroupResource resourceGroupResource) => throw StandIn.NotLinked();

        public static Response<VirtualNetworkGatewayResource> GetVirtualNetworkGateway(this ResourceGroupResource resourceGroupResource, string virtualNetworkGatewayName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public static Task<Response<VirtualNetworkGatewayResource>> GetVirtualNetworkGatewayAsync(this ResourceGroupResource resourceGroupResource, string virtualNetworkGatewayName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public static VirtualNetworkGatewayResource GetVirtualNetworkGatewayResource(this ArmClient client, ResourceIdentifier id) => throw StandIn.NotLinked();

        public static RouteTableCollection GetRouteTables(this ResourceGroupResource resourceGroupResource) => throw StandIn.NotLinked();

        public static Response<RouteTableResource> GetRouteTable(this ResourceGroupResource resourceGroupResource, string routeTableName, string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public static Task<Response<RouteTableResource>> GetRouteTableAsync(this ResourceGroupResource resourceGroupResource, string routeTableName, string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public static Pageable<RouteTableResource> GetRouteTables(this SubscriptionResource subscriptionResource, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public static AsyncPageable<RouteTableResource> GetRouteTablesAsync(this SubscriptionResource subscriptionResource, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public static RouteTableResource GetRouteTableResource(this ArmClient client, ResourceIdentifier id) => throw StandIn.NotLinked();

        public static RouteResource GetRouteResource(this ArmClient client, ResourceIdentifier id) => throw StandIn.NotLinked();
    }
}
