using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.ResourceManager.Network.Models;

namespace Azure.ResourceManager.Network
{
    /// <summary>Update patches tags only and is not a long-running operation. Operations on types the
    /// stand-in does not model (network-manager queries, usage, MAIN's MoveIpConfigurations) are left out.</summary>
    public partial class VirtualNetworkResource : ArmResource
    {
        public static readonly ResourceType ResourceType = "Microsoft.Network/virtualNetworks";

        protected VirtualNetworkResource()
        {
        }

        public virtual VirtualNetworkData Data => throw StandIn.NotLinked();

        public virtual bool HasData => throw StandIn.NotLinked();

        public static ResourceIdentifier CreateResourceIdentifier(string subscriptionId, string resourceGroupName, string virtualNetworkName) => throw StandIn.NotLinked();

        public virtual Response<VirtualNetworkResource> AddTag(string key, string value, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<VirtualNetworkResource>> AddTagAsync(string key, string value, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<IPAddressAvailabilityResult> CheckIPAddressAvailability(string ipAddress, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<IPAddressAvailabilityResult>> CheckIPAddressAvailabilityAsync(string ipAddress, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual ArmOperation Delete(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<ArmOperation> DeleteAsync(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<VirtualNetworkResource> Get(string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<VirtualNetworkResource>> GetAsync(string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<SubnetResource> GetSubnet(string subnetName, string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<SubnetResource>> GetSubnetAsync(string subnetName, string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual SubnetCollection GetSubnets() => throw StandIn.NotLinked();

        public virtual Response<VirtualNetworkPeeringResource> GetVirtualNetworkPeering(string virtualNetworkPeeringName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<VirtualNetworkPeeringResource>> GetVirtualNetworkPeeringAsync(string virtualNetworkPeeringName, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual VirtualNetworkPeeringCollection GetVirtualNetworkPeerings() => throw StandIn.NotLinked();

        public virtual Response<VirtualNetworkResource> RemoveTag(string key, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<VirtualNetworkResource>> RemoveTagAsync(string key, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<VirtualNetworkResource> SetTags(IDictionary<string, string> tags, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<VirtualNetworkResource>> SetTagsAsync(IDictionary<string, string> tags, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<VirtualNetworkResource> Update(NetworkTagsObject networkTagsObject, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<VirtualNetworkResource>> UpdateAsync(NetworkTagsObject networkTagsObject, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();
    }
}
