using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

namespace HubAndSpoke
{
    internal static class Peerings
    {
        public static async Task PeerHubAndSpokeAsync(ResourceGroupResource rg)
        {
            var networks = rg.GetVirtualNetworks();
            var hub = (await networks.GetAsync("hub-weu")).Value;
            var spoke = (await networks.CreateOrUpdateAsync(WaitUntil.Completed, "spoke-eus", new VirtualNetworkData { Location = AzureLocation.EastUS, AddressPrefixes = { "10.2.0.0/16" } })).Value;
            var hubInRegion = (await networks.CreateOrUpdateAsync(WaitUntil.Completed, "hub-weu", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.0.0.0/16" } })).Value;

            // The hub offers its gateway, and by copy-paste also asks to use the spoke's.
            await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke-eus", new VirtualNetworkPeeringData
            {
                AllowVirtualNetworkAccess = true,
                AllowForwardedTraffic = true,
                AllowGatewayTransit = true,
                UseRemoteGateways = true, // expect: PEER102 PEER101 (and across regions)
                RemoteVirtualNetworkId = spoke.Id,
            });

            // The spoke uses the hub's gateway in another region: supported today, but worth knowing (an IDE suggestion).
            var spokeToHub = new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true, RemoteVirtualNetworkId = hubInRegion.Id };
            spokeToHub.UseRemoteGateways = true; // expect: PEER101
            spokeToHub.PeeringState = VirtualNetworkPeeringState.Connected; // expect: PEER406
            await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke eus to hub", spokeToHub); // expect: PEER403
        }

        public static async Task PeerLegacyAsync(VirtualNetworkResource hub)
        {
            // A subnet id where the VNet id belongs.
            await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-shared", new VirtualNetworkPeeringData
            {
                RemoteVirtualNetworkId = new ResourceIdentifier("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/shared-rg/providers/Microsoft.Network/virtualNetworks/shared/subnets/default"), // expect: PEER402
            });
        }
    }
}
