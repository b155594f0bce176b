using Azure.ResourceManager.Network.Models;

namespace Azure.ResourceManager.Network
{
    /// <summary>Minimal: only referenced from <see cref="SubnetData.NetworkSecurityGroup"/>.</summary>
    public partial class NetworkSecurityGroupData : NetworkTrackedResourceData
    {
        public NetworkSecurityGroupData()
        {
        }
    }
}
