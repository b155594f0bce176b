using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.ResourceManager.Network.Models;

namespace Azure.ResourceManager.Network
{
    /// <summary>Same in both shapes (MAIN also implements IJsonModel, left out here). Not a tracked
    /// resource: no tag operations; re-sync goes through Update's optional flag.</summary>
    public partial class VirtualNetworkPeeringResource : ArmResource
    {
        public static readonly ResourceType ResourceType = "Microsoft.Network/virtualNetworks/virtualNetworkPeerings";

        protected VirtualNetworkPeeringResource()
        {
        }

        public virtual VirtualNetworkPeeringData Data => throw StandIn.NotLinked();

        public virtual bool HasData => throw StandIn.NotLinked();

        public static ResourceIdentifier CreateResourceIdentifier(string subscriptionId, string resourceGroupName, string virtualNetworkName, string virtualNetworkPeeringName) => throw StandIn.NotLinked();

        public virtual ArmOperation Delete(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<ArmOperation> DeleteAsync(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<VirtualNetworkPeeringResource> Get(CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<VirtualNetworkPeeringResource>> GetAsync(CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual ArmOperation<VirtualNetworkPeeringResource> Update(WaitUntil waitUntil, VirtualNetworkPeeringData data, SyncRemoteAddressSpace? syncRemoteAddressSpace = default, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<ArmOperation<VirtualNetworkPeeringResource>> UpdateAsync(WaitUntil waitUntil, VirtualNetworkPeeringData data, SyncRemoteAddressSpace? syncRemoteAddressSpace = default, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();
    }
}
