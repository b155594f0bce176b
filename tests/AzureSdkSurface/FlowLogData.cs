using Azure.ResourceManager.Network.Models;

namespace Azure.ResourceManager.Network
{
    /// <summary>Minimal: only referenced from <see cref="VirtualNetworkData.FlowLogs"/>.</summary>
    public partial class FlowLogData : NetworkTrackedResourceData
    {
        public FlowLogData()
        {
        }
    }
}
