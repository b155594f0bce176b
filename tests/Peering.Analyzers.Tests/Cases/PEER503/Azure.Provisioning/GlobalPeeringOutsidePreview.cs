using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// Global peering under the 2017-10 profile, both ways: only between the preview regions; today anywhere. A VNet whose region is a
// deployment parameter is not known to be elsewhere.
class Network
{
    static void Build(Infrastructure infra)
    {
        var region = new ProvisioningParameter("region", typeof(string));
        var europe = new VirtualNetwork("europe") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } } };
        var us = new VirtualNetwork("us") { Location = AzureLocation.WestUS2, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.1.0.0/16" } } };
        var canada = new VirtualNetwork("canada") { Location = AzureLocation.CanadaCentral, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.2.0.0/16" } } };
        var configured = new VirtualNetwork("configured") { Location = region, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.3.0.0/16" } } };
        foreach (var network in new[] { europe, us, canada, configured })
        {
            infra.Add(network);
        }

        infra.Add({|PEER503@2017-10:new VirtualNetworkPeering("europeToUs") { Parent = europe, RemoteVirtualNetworkId = us.Id }|});
        infra.Add({|PEER503@2017-10:new VirtualNetworkPeering("usToEurope") { Parent = us, RemoteVirtualNetworkId = europe.Id }|});
        infra.Add(new VirtualNetworkPeering("usToCanada") { Parent = us, RemoteVirtualNetworkId = canada.Id });
        infra.Add(new VirtualNetworkPeering("canadaToUs") { Parent = canada, RemoteVirtualNetworkId = us.Id });
        infra.Add(new VirtualNetworkPeering("europeToConfigured") { Parent = europe, RemoteVirtualNetworkId = configured.Id });
        infra.Add(new VirtualNetworkPeering("configuredToEurope") { Parent = configured, RemoteVirtualNetworkId = europe.Id });
    }
}
