using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.ResourceManager.Network.Models;

namespace Azure.ResourceManager.Network
{
    /// <summary>The fact sheet reads only GetRoutes (inferred); the rest follows the tracked-resource
    /// pattern of <see cref="VirtualNetworkResource"/> (tags-only Update, Get with <c>expand</c>).</summary>
    public partial class RouteTableResource : ArmResource
    {
        public static readonly ResourceType ResourceType = "Microsoft.Network/routeTables";

        protected RouteTableResource()
        {
        }

        public virtual RouteTableData Data => throw StandIn.NotLinked();

        public virtual bool HasData => throw StandIn.NotLinked();

        public static ResourceIdentifier CreateResourceIdentifier(string subscriptionId, string resourceGroupName, string routeTableName) => throw StandIn.NotLinked();

        public virtual Response<RouteTableResource> AddTag(string key, string value, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<RouteTableResource>> AddTagAsync(string key, string value, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual ArmOperation Delete(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<ArmOperation> DeleteAsync(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<RouteTableResource> Get(string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<RouteTableResource>> GetAsync(string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<RouteResource> GetRoute(string routeName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<RouteResource>> GetRouteAsync(string routeName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual RouteCollection GetRoutes() => throw StandIn.NotLinked();

        public virtual Response<RouteTableResource> RemoveTag(string key, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<RouteTableResource>> RemoveTagAsync(string key, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<RouteTableResource> SetTags(IDictionary<string, string> tags, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<RouteTableResource>> SetTagsAsync(IDictionary<string, string> tags, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<RouteTableResource> Update(NetworkTagsObject networkTagsObject, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<RouteTableResource>> UpdateAsync(NetworkTagsObject networkTagsObject, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();
    }
}
