namespace Azure.ResourceManager.Network.Models
{
    public partial class VirtualNetworkGatewaySku
    {
        public VirtualNetworkGatewaySku()
        {
        }

        public VirtualNetworkGatewaySkuName? Name { get; set; }

        public VirtualNetworkGatewaySkuTier? Tier { get; set; }

        public int? Capacity { get; }
    }
}
