using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace Azure.ResourceManager.Network
{
    public partial class RouteResource : ArmResource
    {
        public static readonly ResourceType ResourceType = "Microsoft.Network/routeTables/routes";

        protected RouteResource()
        {
        }

        public virtual RouteData Data => throw StandIn.NotLinked();

        public virtual bool HasData => throw StandIn.NotLinked();

        public static ResourceIdentifier CreateResourceIdentifier(string subscriptionId, string resourceGroupName, string routeTableName, string routeName) => throw StandIn.NotLinked();

        public virtual ArmOperation Delete(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<ArmOperation> DeleteAsync(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<RouteResource> Get(CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<RouteResource>> GetAsync(CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual ArmOperation<RouteResource> Update(WaitUntil waitUntil, RouteData data, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<ArmOperation<RouteResource>> UpdateAsync(WaitUntil waitUntil, RouteData data, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();
    }
}
