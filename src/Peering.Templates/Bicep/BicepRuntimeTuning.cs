using System.Diagnostics;

namespace Peering.Templates.Bicep
{
    /// <summary>
    /// How the .NET runtime inside the Bicep CLI runs its code. The CLI is a .NET application; by default the runtime
    /// first runs hot methods in an instrumented form to collect a profile (dynamic PGO), which pays off in a
    /// long-running server but not in one run of a few hundred compilations: without it the Bicep process of a
    /// 200-file run used about a third less CPU time (docs/performance.md). Only how fast Bicep runs changes, not
    /// what it compiles. A setting the user chose in the environment is kept.
    /// A diagnostic port given to peering-check (a tracer such as dotnet-trace started it) is not passed on: Bicep
    /// would wait for a tracer at that port before answering, and the traced run would stall.
    /// </summary>
    internal static class BicepRuntimeTuning
    {
        public const string TieredPgo = "DOTNET_TieredPGO";

        public const string DiagnosticPorts = "DOTNET_DiagnosticPorts";

        public static void Apply(ProcessStartInfo start)
        {
            if (!start.Environment.ContainsKey(TieredPgo))
            {
                start.Environment[TieredPgo] = "0";
            }

            start.Environment.Remove(DiagnosticPorts);
        }
    }
}
