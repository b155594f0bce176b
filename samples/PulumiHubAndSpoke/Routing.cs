using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

/// <summary>A spoke's workload subnet, routed to a range through the hub's firewall.</summary>
public static class Routing
{
    public static void ThroughFirewall(ResourceGroup rg, VirtualNetwork spoke, string range, string firewall)
    {
        var table = new RouteTable("via-firewall", new RouteTableArgs
        {
            ResourceGroupName = rg.Name,
            Routes = { new Inputs.RouteArgs { Name = "to-range", AddressPrefix = range, NextHopType = RouteNextHopType.VirtualAppliance, NextHopIpAddress = firewall } },
        });
        new Subnet("workload", new SubnetArgs
        {
            ResourceGroupName = rg.Name,
            VirtualNetworkName = spoke.Name,
            AddressPrefix = "10.1.0.0/24",
            RouteTable = new Inputs.RouteTableArgs { Id = table.Id },
        });
    }
}
