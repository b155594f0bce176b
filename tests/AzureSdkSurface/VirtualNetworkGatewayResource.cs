using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.ResourceManager.Network.Models;

namespace Azure.ResourceManager.Network
{
    /// <summary>Key members only; the long tail of gateway operations (reset, BGP, VPN client,
    /// packet capture, MAIN's migration operations, ...) is left out.</summary>
    public partial class VirtualNetworkGatewayResource : ArmResource
    {
        public static readonly ResourceType ResourceType = "Microsoft.Network/virtualNetworkGateways";

        protected VirtualNetworkGatewayResource()
        {
        }

        public virtual VirtualNetworkGatewayData Data => throw StandIn.NotLinked();

        public virtual bool HasData => throw StandIn.NotLinked();

        public static ResourceIdentifier CreateResourceIdentifier(string subscriptionId, string resourceGroupName, string virtualNetworkGatewayName) => throw StandIn.NotLinked();

        public virtual Response<VirtualNetworkGatewayResource> AddTag(string key, string value, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<VirtualNetworkGatewayResource>> AddTagAsync(string key, string value, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual ArmOperation Delete(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<ArmOperation> DeleteAsync(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<VirtualNetworkGatewayResource> Get(CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<VirtualNetworkGatewayResource>> GetAsync(CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<VirtualNetworkGatewayResource> RemoveTag(string key, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<VirtualNetworkGatewayResource>> RemoveTagAsync(string key, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<VirtualNetworkGatewayResource> SetTags(IDictionary<string, string> tags, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<VirtualNetworkGatewayResource>> SetTagsAsync(IDictionary<string, string> tags, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        // Unlike VirtualNetworkResource.Update, a long-running operation.
        public virtual ArmOperation<VirtualNetworkGatewayResource> Update(WaitUntil waitUntil, NetworkTagsObject networkTagsObject, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<ArmOperation<VirtualNetworkGatewayResource>> UpdateAsync(WaitUntil waitUntil, NetworkTagsObject networkTagsObject, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();
    }
}
