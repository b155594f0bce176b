using System.Collections;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Azure.ResourceManager.Network
{
    /// <summary>Same in both shapes. Every change to a VNet (address space, subnets, peerings)
    /// is a re-PUT of the whole data through CreateOrUpdate.</summary>
    public partial class VirtualNetworkCollection : ArmCollection, IEnumerable<VirtualNetworkResource>, IAsyncEnumerable<VirtualNetworkResource>
    {
        protected VirtualNetworkCollection()
        {
        }

        public virtual ArmOperation<VirtualNetworkResource> CreateOrUpdate(WaitUntil waitUntil, string virtualNetworkName, VirtualNetworkData data, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<ArmOperation<VirtualNetworkResource>> CreateOrUpdateAsync(WaitUntil waitUntil, string virtualNetworkName, VirtualNetworkData data, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<bool> Exists(string virtualNetworkName, string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<bool>> ExistsAsync(string virtualNetworkName, string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<VirtualNetworkResource> Get(string virtualNetworkName, string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<VirtualNetworkResource>> GetAsync(string virtualNetworkName, string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Pageable<VirtualNetworkResource> GetAll(CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual AsyncPageable<VirtualNetworkResource> GetAllAsync(CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual NullableResponse<VirtualNetworkResource> GetIfExists(string virtualNetworkName, string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<NullableResponse<VirtualNetworkResource>> GetIfExistsAsync(string virtualNetworkName, string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        IEnumerator<VirtualNetworkResource> IEnumerable<VirtualNetworkResource>.GetEnumerator() => throw StandIn.NotLinked();

        IEnumerator IEnumerable.GetEnumerator() => throw StandIn.NotLinked();

        IAsyncEnumerator<VirtualNetworkResource> IAsyncEnumerable<VirtualNetworkResource>.GetAsyncEnumerator(CancellationToken cancellationToken) => throw StandIn.NotLinked();
    }
}
