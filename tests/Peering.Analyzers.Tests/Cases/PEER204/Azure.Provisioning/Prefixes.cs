using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// Invalid prefixes in an address space and a subnet, written in initializers and added later; valid ones, and one that
// is a deployment parameter, are fine.
class Network
{
    static void Build(Infrastructure infra)
    {
        var configured = new ProvisioningParameter("extraPrefix", typeof(string));
        var hub = new VirtualNetwork("hub")
        {
            Location = AzureLocation.WestEurope,
            AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { {|PEER204:"10.0.0.1/16"|}, {|PEER204:"10.1.0.0/33"|}, "10.2.0.0/16", configured } },
            Subnets = { new SubnetResource("workload") { Name = "workload", AddressPrefix = {|PEER204:"10.2.1.0/240"|} } },
        };
        hub.AddressSpace.AddressPrefixes.Add({|PEER204:"2001:db8::1/64"|});
        hub.AddressSpace.AddressPrefixes.Add("2001:db8::/64");
        infra.Add(new SubnetResource("data") { Parent = hub, Name = "data", AddressPrefix = "10.2.2.0/24" });
        infra.Add(hub);
    }
}
