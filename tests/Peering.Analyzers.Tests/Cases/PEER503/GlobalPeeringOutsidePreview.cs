// ignore: PEER301
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// Global peering under the 2017-10 profile: only between the preview regions; today anywhere.
class Links
{
    async Task PeerAsync(ResourceGroupResource rg)
    {
        var europe = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "europe", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.0.0.0/16" } })).Value;
        var us = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "us", new VirtualNetworkData { Location = AzureLocation.WestUS2, AddressPrefixes = { "10.1.0.0/16" } })).Value;
        var canada = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "canada", new VirtualNetworkData { Location = AzureLocation.CanadaCentral, AddressPrefixes = { "10.2.0.0/16" } })).Value;
        await europe.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "europe-to-us", {|PEER503@2017-10:new VirtualNetworkPeeringData { RemoteVirtualNetworkId = us.Id }|});
        await us.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "us-to-canada", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = canada.Id });
    }
}
