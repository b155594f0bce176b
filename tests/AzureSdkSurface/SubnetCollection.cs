using System.Collections;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Azure.ResourceManager.Network
{
    public partial class SubnetCollection : ArmCollection, IEnumerable<SubnetResource>, IAsyncEnumerable<SubnetResource>
    {
        protected SubnetCollection()
        {
        }

        public virtual ArmOperation<SubnetResource> CreateOrUpdate(WaitUntil waitUntil, string subnetName, SubnetData data, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<ArmOperation<SubnetResource>> CreateOrUpdateAsync(WaitUntil waitUntil, string subnetName, SubnetData data, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<bool> Exists(string subnetName, string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<bool>> ExistsAsync(string subnetName, string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<SubnetResource> Get(string subnetName, string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<SubnetResource>> GetAsync(string subnetName, string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Pageable<SubnetResource> GetAll(CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual AsyncPageable<SubnetResource> GetAllAsync(CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual NullableResponse<SubnetResource> GetIfExists(string subnetName, string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<NullableResponse<SubnetResource>> GetIfExistsAsync(string subnetName, string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        IEnumerator<SubnetResource> IEnumerable<SubnetResource>.GetEnumerator() => throw StandIn.NotLinked();

        IEnumerator IEnumerable.GetEnumerator() => throw StandIn.NotLinked();

        IAsyncEnumerator<SubnetResource> IAsyncEnumerable<SubnetResource>.GetAsyncEnumerator(CancellationToken cancellationToken) => throw StandIn.NotLinked();
    }
}
