using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// The spokes come from a loop over the stack's configuration: which VNets they are is unknown, so no peering is claimed
// to be missing anywhere in the program.
class HubStack : Stack
{
    public HubStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network");
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
        var lonely = new VirtualNetwork("lonely", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.9.0.0/16" } } });
        new VirtualNetworkPeering("hub-to-lonely", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = lonely.Id } });
        foreach (var name in config.RequireObject<string[]>("spokes"))
        {
            var spoke = new VirtualNetwork(name, new() { ResourceGroupName = rg.Name, AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { config.Require(name) } } });
            new VirtualNetworkPeering("hub-to-" + name, new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id } });
        }
    }
}
