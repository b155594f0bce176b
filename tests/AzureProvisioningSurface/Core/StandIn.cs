using System;

namespace Azure.Provisioning
{
    /// <summary>The one failure every member of the stand-in raises.</summary>
    internal static class StandIn
    {
        internal static NotSupportedException NotLinked() =>
            new NotSupportedException("Compile-time stand-in for Azure.Provisioning; link the real package to run.");
    }
}
