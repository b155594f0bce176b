using System;

namespace Azure.ResourceManager.Network.Models
{
    public partial class VirtualNetworkEncryption
    {
        public VirtualNetworkEncryption(bool enabled)
        {
            IsEnabled = enabled;
        }

        public bool IsEnabled { get; set; }

#if SDK_MAIN
        // MAIN keeps the TypeSpec name as an obsolete alias of the released IsEnabled.
        [Obsolete("This property is obsolete and will be removed in a future release. Please use IsEnabled instead.")]
        public bool Enabled { get => IsEnabled; set => IsEnabled = value; }
#endif

        public VirtualNetworkEncryptionEnforcement? Enforcement { get; set; }
    }
}
