using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

class Deployment
{
    private const bool Transit = true;

    // Built in a helper and written elsewhere: the object's own settings are still decidable here.
    static VirtualNetworkPeeringData SpokePeering(ResourceIdentifier hubId)
    {
        var data = new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hubId };
        data.AllowGatewayTransit = Transit;
        {|PEER102:data.UseRemoteGateways = Transit|};
        return data;
    }
}
