using System.Collections.Generic;

namespace Azure.ResourceManager.Network.Models
{
    /// <summary>Argument of the tags-only <c>Update</c> of tracked resources.</summary>
    public partial class NetworkTagsObject
    {
        public NetworkTagsObject()
        {
        }

        public IDictionary<string, string> Tags { get; } = new Dictionary<string, string>();
    }
}
