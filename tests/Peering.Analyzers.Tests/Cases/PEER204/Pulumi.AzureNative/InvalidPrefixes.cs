// ignore: PEER301
using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// Prefixes with host bits set or out of range, in an address space and in subnets, inline and standalone; the valid ones,
// and one from configuration, are fine.
class HubStack : Stack
{
    public HubStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network");
        var hub = new VirtualNetwork("hub", new VirtualNetworkArgs
        {
            ResourceGroupName = rg.Name,
            AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { {|PEER204:"10.0.0.1/16"|}, "10.1.0.0/16", config.Require("extra") } },
            Subnets =
            {
                new Inputs.SubnetArgs { Name = "apps", AddressPrefix = {|PEER204:"10.0.0.0/33"|} },
                new Inputs.SubnetArgs { Name = "data", AddressPrefixes = { "10.0.1.0/24", {|PEER204:"10.0.2.300/24"|} } },
            },
        });
        new Subnet("gateway", new SubnetArgs { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, SubnetName = "GatewaySubnet", AddressPrefix = {|PEER204:"10.0.255.1/27"|} });
    }
}
