using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// A program that declares its network in a callback that receives the infrastructure, as .NET Aspire's
// ConfigureInfrastructure does: the callback's body is read, so the one-sided peering in it is found.
class NetworkResource
{
    public NetworkResource ConfigureInfrastructure(System.Action<Infrastructure> configure) => this;
}

class AppHost
{
    static void Main()
    {
        new NetworkResource().ConfigureInfrastructure(infra =>
        {
            var hub = new VirtualNetwork("hub") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } } };
            var spoke = new VirtualNetwork("spoke") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.1.0.0/16" } } };
            infra.Add(hub);
            infra.Add(spoke);
            infra.Add({|PEER301:new VirtualNetworkPeering("spokeToHub") { Parent = spoke, RemoteVirtualNetworkId = hub.Id }|});
        });
    }
}
