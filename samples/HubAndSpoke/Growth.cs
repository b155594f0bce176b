using System.Threading.Tasks;
using Azure;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

namespace HubAndSpoke
{
    internal static class Growth
    {
        public static async Task GrowHubAsync(ResourceGroupResource rg)
        {
            var hub = (await rg.GetVirtualNetworkAsync("hub-weu")).Value;
            var spoke = (await rg.GetVirtualNetworkAsync("spoke-weu")).Value;
            await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke-weu", new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true, RemoteVirtualNetworkId = spoke.Id });

            // More room for the hub; the spoke keeps routing only the old prefix until the peerings are synced.
            hub.Data.AddressPrefixes.Add("10.10.0.0/16"); // expect: PEER203
            await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub-weu", hub.Data);
        }
    }
}
