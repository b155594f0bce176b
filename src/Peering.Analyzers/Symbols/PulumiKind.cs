namespace Peering.Analyzers.Symbols
{
    /// <summary>What a type of a Pulumi Azure provider is to the analysis; the same kinds in Pulumi.AzureNative and classic Pulumi.Azure.</summary>
    internal enum PulumiKind
    {
        None,
        ResourceGroup,
        ResourceGroupArgs,
        Network,
        NetworkArgs,
        AddressSpaceArgs,
        SubResourceArgs,
        Peering,
        PeeringArgs,

        /// <summary>A peering written inline in a VNet's args (Pulumi.AzureNative <c>Inputs.VirtualNetworkPeeringArgs</c>).</summary>
        InlinePeeringArgs,
        Subnet,
        SubnetArgs,
        InlineSubnetArgs,
        RouteTable,
        RouteTableArgs,

        /// <summary>A route table inline in a subnet, which names a table by its <c>Id</c> (Pulumi.AzureNative <c>Inputs.RouteTableArgs</c>).</summary>
        InlineRouteTableArgs,
        Route,
        RouteArgs,
        InlineRouteArgs,
        Gateway,
        GatewayArgs,
        GatewayIpConfigurationArgs,
        RouteTableAssociation,
        RouteTableAssociationArgs,

        /// <summary>The enum of next hop types (<c>RouteNextHopType.VirtualAppliance</c>).</summary>
        NextHopType,
    }
}
