using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

class Deployment
{
    void Grow(ResourceGroupResource rg, VirtualNetworkResource spoke)
    {
        var hubData = new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.0.0.0/16" } };
        var hub = rg.GetVirtualNetworks().CreateOrUpdate(WaitUntil.Completed, "hub", hubData).Value;

        {|PEER203:hubData.AddressPrefixes[0] = "10.0.0.0/15"|};
        rg.GetVirtualNetworks().CreateOrUpdate(WaitUntil.Completed, "hub", hubData);
        hub.GetVirtualNetworkPeerings().CreateOrUpdate(WaitUntil.Completed, "hub-to-spoke", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke.Id });
    }
}
