using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace Azure.ResourceManager.Network
{
    /// <summary>Key members only; navigation/association links and network-policy preparation
    /// (types the stand-in does not model) are left out.</summary>
    public partial class SubnetResource : ArmResource
    {
        public static readonly ResourceType ResourceType = "Microsoft.Network/virtualNetworks/subnets";

        protected SubnetResource()
        {
        }

        public virtual SubnetData Data => throw StandIn.NotLinked();

        public virtual bool HasData => throw StandIn.NotLinked();

        public static ResourceIdentifier CreateResourceIdentifier(string subscriptionId, string resourceGroupName, string virtualNetworkName, string subnetName) => throw StandIn.NotLinked();

        public virtual ArmOperation Delete(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<ArmOperation> DeleteAsync(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Response<SubnetResource> Get(string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<Response<SubnetResource>> GetAsync(string expand = null, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual ArmOperation<SubnetResource> Update(WaitUntil waitUntil, SubnetData data, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public virtual Task<ArmOperation<SubnetResource>> UpdateAsync(WaitUntil waitUntil, SubnetData data, CancellationToken cancellationToken = default) => throw StandIn.NotLinked();
    }
}
