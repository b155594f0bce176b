namespace Azure.ResourceManager.Network.Models
{
    /// <summary>Minimal: only referenced as an element type; its members are not in the fact sheet.</summary>
    public partial class IpamPoolPrefixAllocation
    {
        public IpamPoolPrefixAllocation()
        {
        }
    }
}
