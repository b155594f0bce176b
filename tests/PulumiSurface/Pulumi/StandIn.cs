using System;

namespace Pulumi
{
    /// <summary>The one failure every engine-facing member of the stand-in raises.</summary>
    internal static class StandIn
    {
        internal static NotSupportedException NotLinked() =>
            new NotSupportedException("Compile-time stand-in for the Pulumi SDK; link the real package to run.");
    }
}
