using System.Collections;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Azure.ResourceManager.Network
{
    /// <summary>Routes of one route table; no <c>expand</c> parameter.</summary>
    public partial class RouteCollection : ArmCollection, IEnumerable<RouteResource>, IAsyncEnumerable<RouteResource>
    {
        protected RouteCollection()
        {
        }

        public virtual ArmOperation<RouteResource> CreateOrUpdate(WaitUntil waitUntil, string routeName, RouteData data, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<ArmOperation<RouteResource>> CreateOrUpdateAsync(WaitUntil waitUntil, string routeName, RouteData data, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<bool> Exists(string routeName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<bool>> ExistsAsync(string routeName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<RouteResource> Get(string routeName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<RouteResource>> GetAsync(string routeName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Pageable<RouteResource> GetAll(CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual AsyncPageable<RouteResource> GetAllAsync(CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual NullableResponse<RouteResource> GetIfExists(string routeName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<NullableResponse<RouteResource>> GetIfExistsAsync(string routeName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        IEnumerator<RouteResource> IEnumerable<RouteResource>.GetEnumerator() => throw StandIn.NotLinked();

        IEnumerator IEnumerable.GetEnumerator() => throw StandIn.NotLinked();

        IAsyncEnumerator<RouteResource> IAsyncEnumerable<RouteResource>.GetAsyncEnumerator(CancellationToken cancellationToken) => throw StandIn.NotLinked();
    }
}
