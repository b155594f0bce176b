using System;
using System.Globalization;

namespace Peering.Analyzers.Tests.Robustness
{
    /// <summary>
    /// How many sampled variants a run checks. CI uses the stated numbers (a minute or two on two cores); a deeper local
    /// run multiplies them with the environment variable <c>PEERING_ROBUSTNESS_SCALE</c> (e.g. 10). With the fixed seed,
    /// a larger run checks the same variants first, then more.
    /// </summary>
    public static class RobustnessBudget
    {
        public const string ScaleVariable = "PEERING_ROBUSTNESS_SCALE";

        public static int Scale { get; } =
            int.TryParse(Environment.GetEnvironmentVariable(ScaleVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var scale) && scale > 1 ? scale : 1;

        public static int Scaled(int count) => count * Scale;
    }
}
