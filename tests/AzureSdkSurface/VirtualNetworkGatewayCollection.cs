using System.Collections;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Azure.ResourceManager.Network
{
    /// <summary>Same in both shapes; unlike the VNet collection, no <c>expand</c> parameter.</summary>
    public partial class VirtualNetworkGatewayCollection : ArmCollection, IEnumerable<VirtualNetworkGatewayResource>, IAsyncEnumerable<VirtualNetworkGatewayResource>
    {
        protected VirtualNetworkGatewayCollection()
        {
        }

        public virtual ArmOperation<VirtualNetworkGatewayResource> CreateOrUpdate(WaitUntil waitUntil, string virtualNetworkGatewayName, VirtualNetworkGatewayData data, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<ArmOperation<VirtualNetworkGatewayResource>> CreateOrUpdateAsync(WaitUntil waitUntil, string virtualNetworkGatewayName, VirtualNetworkGatewayData data, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<bool> Exists(string virtualNetworkGatewayName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<bool>> ExistsAsync(string virtualNetworkGatewayName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<VirtualNetworkGatewayResource> Get(string virtualNetworkGatewayName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<VirtualNetworkGatewayResource>> GetAsync(string virtualNetworkGatewayName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Pageable<VirtualNetworkGatewayResource> GetAll(CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual AsyncPageable<VirtualNetworkGatewayResource> GetAllAsync(CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual NullableResponse<VirtualNetworkGatewayResource> GetIfExists(string virtualNetworkGatewayName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<NullableResponse<VirtualNetworkGatewayResource>> GetIfExistsAsync(string virtualNetworkGatewayName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        IEnumerator<VirtualNetworkGatewayResource> IEnumerable<VirtualNetworkGatewayResource>.GetEnumerator() => throw StandIn.NotLinked();

        IEnumerator IEnumerable.GetEnumerator() => throw StandIn.NotLinked();

        IAsyncEnumerator<VirtualNetworkGatewayResource> IAsyncEnumerable<VirtualNetworkGatewayResource>.GetAsyncEnumerator(CancellationToken cancellationToken) => throw StandIn.NotLinked();
    }
}
