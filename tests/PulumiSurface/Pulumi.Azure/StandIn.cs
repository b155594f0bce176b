using System;

namespace Pulumi.Azure
{
    /// <summary>The one failure every engine-facing member of the stand-in raises.</summary>
    internal static class StandIn
    {
        internal static NotSupportedException NotLinked() =>
            new NotSupportedException("Compile-time stand-in for Pulumi.Azure; link the real package to run.");
    }
}
