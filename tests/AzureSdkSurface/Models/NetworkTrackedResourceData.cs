using System.Collections.Generic;
using Azure.Core;

namespace Azure.ResourceManager.Network.Models
{
    /// <summary>Base of VNet, gateway and route-table data. Not ARM's TrackedResourceData:
    /// <c>Id</c> is settable and <c>Location</c> is nullable.</summary>
    public partial class NetworkTrackedResourceData
    {
        public NetworkTrackedResourceData()
        {
        }

        public ResourceIdentifier Id { get; set; }

        public string Name { get; }

#if SDK_MAIN
        // MAIN made ResourceType settable and added the raw Type string.
        public ResourceType? ResourceType { get; set; }

        public string Type { get; }
#else
        public ResourceType? ResourceType { get; }
#endif

        public AzureLocation? Location { get; set; }

        public IDictionary<string, string> Tags { get; } = new Dictionary<string, string>();
    }
}
