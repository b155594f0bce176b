using Azure.Core;

namespace Azure.ResourceManager.Network.Models
{
    /// <summary>Base of peering, subnet and route data. MAIN (TypeSpec) takes <c>Id</c> from
    /// <see cref="NetworkSubResource"/>; OLD (AutoRest) declares it itself and has no base.</summary>
#if SDK_MAIN
    public partial class NetworkWritableResourceData : NetworkSubResource
#else
    public partial class NetworkWritableResourceData
#endif
    {
        public NetworkWritableResourceData()
        {
        }

#if SDK_OLD
        public ResourceIdentifier Id { get; set; }
#endif

        public string Name { get; set; }

        public ResourceType? ResourceType { get; set; }
    }
}
