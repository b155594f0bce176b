using System;

namespace Azure.Provisioning.Network
{
    /// <summary>The one failure every member of the stand-in raises.</summary>
    internal static class StandIn
    {
        internal static NotSupportedException NotLinked() =>
            new NotSupportedException("Compile-time stand-in for Azure.Provisioning.Network; link the real package to run.");
    }
}
