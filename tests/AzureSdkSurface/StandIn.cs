using System;

namespace Azure.ResourceManager.Network
{
    /// <summary>The one failure every service-facing member of the stand-in raises.</summary>
    internal static class StandIn
    {
        internal static NotSupportedException NotLinked() =>
            new NotSupportedException("Compile-time stand-in for Azure.ResourceManager.Network; link the real package to run.");
    }
}
