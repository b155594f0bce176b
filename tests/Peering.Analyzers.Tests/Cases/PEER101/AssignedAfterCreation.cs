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
    const string HubName = "hub";

    void Peer(ResourceGroupResource rg)
    {
        var networks = rg.GetVirtualNetworks();
        var hubOperation = networks.CreateOrUpdate(WaitUntil.Completed, HubName, new VirtualNetworkData { Location = new AzureLocation("westus2"), AddressPrefixes = { "10.0.0.0/16" } });
        var spoke = networks.CreateOrUpdate(WaitUntil.Completed, "spoke", new VirtualNetworkData { Location = AzureLocation.NorthEurope, AddressPrefixes = { "10.1.0.0/16" } }).Value;
        var data = new VirtualNetworkPeeringData();
        {|PEER101:data.UseRemoteGateways = true|};
        data.RemoteVirtualNetworkId = hubOperation.Value.Id;
        spoke.GetVirtualNetworkPeerings().CreateOrUpdate(WaitUntil.Completed, "spoke-to-hub", data);
    }
}
