using System;
using Azure.Core;

namespace Azure.ResourceManager.Network.Models
{
    /// <summary>Base of gateway IP configurations. MAIN derives from <see cref="NetworkSubResource"/> and
    /// replaces <c>ResourceType</c> with a read-only <c>Type</c> string; the OLD shape is inferred
    /// from <see cref="NetworkWritableResourceData"/> (the fact sheet did not read it).</summary>
#if SDK_MAIN
    public partial class NetworkResourceData : NetworkSubResource
#else
    public partial class NetworkResourceData
#endif
    {
        public NetworkResourceData()
        {
        }

#if SDK_MAIN
        public string Name { get; set; }

        public string Type { get; }

        // The real setter is ignored ("The setter no longer works"); the value comes from Type.
        [Obsolete("This property is obsolete and will be removed in a future release, please use Type instead. The setter no longer works.")]
        public ResourceType? ResourceType
        {
            get => Type == null ? default(ResourceType?) : new ResourceType(Type);
            set { }
        }
#else
        public ResourceIdentifier Id { get; set; }

        public string Name { get; set; }

        public ResourceType? ResourceType { get; set; }
#endif
    }
}
