using Azure.Core;

namespace Azure.ResourceManager.Network.Models
{
    public partial class NetworkSubResource
    {
        public NetworkSubResource()
        {
        }

        public ResourceIdentifier Id { get; set; }
    }
}
