using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

/// <summary>The application spokes: one VNet each, in the hub's region.</summary>
public static class Spokes
{
    public static VirtualNetwork Declare(ResourceGroup rg, string name, string prefix) =>
        new VirtualNetwork(name, new VirtualNetworkArgs
        {
            ResourceGroupName = rg.Name,
            Location = "westeurope",
            AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { prefix } },
        });
}
