// ignore: PEER301 PEER503
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

class Deployment
{
    // Locations from the resource group, a parameter, or a conditional write are unknown: nothing is reported.
    async Task PeerAsync(ResourceGroupResource rg, AzureLocation spokeRegion, bool useGateway)
    {
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", new VirtualNetworkData { Location = rg.Data.Location, AddressPrefixes = { "10.0.0.0/16" } })).Value;
        var spoke = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "spoke", new VirtualNetworkData { Location = spokeRegion, AddressPrefixes = { "10.1.0.0/16" } })).Value;
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", new VirtualNetworkPeeringData { UseRemoteGateways = true, RemoteVirtualNetworkId = hub.Id });

        var west = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "west", new VirtualNetworkData { Location = AzureLocation.WestUS, AddressPrefixes = { "10.2.0.0/16" } })).Value;
        var east = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "east", new VirtualNetworkData { Location = AzureLocation.EastUS, AddressPrefixes = { "10.3.0.0/16" } })).Value;
        var data = new VirtualNetworkPeeringData { RemoteVirtualNetworkId = west.Id };
        if (useGateway)
        {
            data.UseRemoteGateways = true;
        }

        await east.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "east-to-west", data);
    }
}
