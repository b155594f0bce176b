using System;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

namespace HubAndSpoke
{
    /// <summary>Builds a hub VNet with a VPN gateway and two spokes, then grows the hub. Each planted mistake is marked.</summary>
    public static class Program
    {
        private const string HubName = "hub-weu";

        public static async Task Main()
        {
            var client = new ArmClient(new PlaceholderCredential());
            var subscription = await client.GetDefaultSubscriptionAsync();
            var rg = (await subscription.GetResourceGroupAsync("network-rg")).Value;

            var hub = await Network.CreateHubAsync(rg);
            var spoke = await Network.CreateSpokeAsync(rg, "spoke-weu", AzureLocation.WestEurope, "10.1.0.0/16");
            var remoteSpoke = await Network.CreateSpokeAsync(rg, "spoke-eus", AzureLocation.EastUS, "10.2.0.0/16");

            await Peerings.PeerHubAndSpokeAsync(rg);
            await Peerings.PeerLegacyAsync(hub);
            await Growth.GrowHubAsync(rg);
            Console.WriteLine($"Deployed {hub.Data.Name}, {spoke.Data.Name}, {remoteSpoke.Data.Name}");
        }
    }
}
