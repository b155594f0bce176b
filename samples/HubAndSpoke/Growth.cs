using System.Threading.Tasks;
using Azure;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Resources;

namespace HubAndSpoke
{
    internal static class Growth
    {
        /// <summary>More room for the hub, long after the peerings were made elsewhere: the spokes keep routing only the old prefix.</summary>
        public static async Task GrowHubAsync(ResourceGroupResource rg)
        {
            var hub = (await rg.GetVirtualNetworkAsync(NetworkNames.Hub)).Value;
            hub.Data.AddressPrefixes.Add("10.10.0.0/16"); // expect: PEER203
            await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, NetworkNames.Hub, hub.Data);
        }
    }
}
