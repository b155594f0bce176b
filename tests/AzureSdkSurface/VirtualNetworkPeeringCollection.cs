using System.Collections;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure.ResourceManager.Network.Models;

namespace Azure.ResourceManager.Network
{
    /// <summary>Same in both shapes. The only CreateOrUpdate takes the optional sync flag before the token.</summary>
    public partial class VirtualNetworkPeeringCollection : ArmCollection, IEnumerable<VirtualNetworkPeeringResource>, IAsyncEnumerable<VirtualNetworkPeeringResource>
    {
        protected VirtualNetworkPeeringCollection()
        {
        }

        public virtual ArmOperation<VirtualNetworkPeeringResource> CreateOrUpdate(WaitUntil waitUntil, string virtualNetworkPeeringName, VirtualNetworkPeeringData data, SyncRemoteAddressSpace? syncRemoteAddressSpace = default, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<ArmOperation<VirtualNetworkPeeringResource>> CreateOrUpdateAsync(WaitUntil waitUntil, string virtualNetworkPeeringName, VirtualNetworkPeeringData data, SyncRemoteAddressSpace? syncRemoteAddressSpace = default, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<bool> Exists(string virtualNetworkPeeringName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<bool>> ExistsAsync(string virtualNetworkPeeringName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<VirtualNetworkPeeringResource> Get(string virtualNetworkPeeringName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<VirtualNetworkPeeringResource>> GetAsync(string virtualNetworkPeeringName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Pageable<VirtualNetworkPeeringResource> GetAll(CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual AsyncPageable<VirtualNetworkPeeringResource> GetAllAsync(CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual NullableResponse<VirtualNetworkPeeringResource> GetIfExists(string virtualNetworkPeeringName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<NullableResponse<VirtualNetworkPeeringResource>> GetIfExistsAsync(string virtualNetworkPeeringName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        IEnumerator<VirtualNetworkPeeringResource> IEnumerable<VirtualNetworkPeeringResource>.GetEnumerator() => throw StandIn.NotLinked();

        IEnumerator IEnumerable.GetEnumerator() => throw StandIn.NotLinked();

        IAsyncEnumerator<VirtualNetworkPeeringResource> IAsyncEnumerable<VirtualNetworkPeeringResource>.GetAsyncEnumerator(CancellationToken cancellationToken) => throw StandIn.NotLinked();
    }
}
