using System.Collections.Generic;
using System.Linq;
using Peering.Analyzers.Tests.Infrastructure;

namespace Peering.Analyzers.Tests.Robustness
{
    /// <summary>
    /// One way a user may build: an SDK shape, a platform profile, the closed-world option, and whether the options come
    /// from a .globalconfig (global) or an .editorconfig <c>[*]</c> section (per file only).
    /// </summary>
    public sealed record AnalysisConfiguration(SdkShape Shape, string Profile, bool ClosedWorld, bool PerFileOptions)
    {
        /// <summary>Every combination present in this test run (both stand-in shapes, or the real package only).</summary>
        public static IReadOnlyList<AnalysisConfiguration> All { get; } =
            (from shape in AzureSdk.Shapes
             from profile in new[] { "current", "2017-10" }
             from closedWorld in new[] { false, true }
             from perFile in new[] { false, true }
             select new AnalysisConfiguration(shape, profile, closedWorld, perFile)).ToArray();

        /// <summary>The .editorconfig values this configuration stands for.</summary>
        public IReadOnlyDictionary<string, string> EditorConfig => new Dictionary<string, string>
        {
            ["azure_peering.platform_profile"] = Profile,
            ["azure_peering.closed_world"] = ClosedWorld ? "true" : "false",
        };

        /// <summary>The i-th configuration in turn, so that consecutive variants cover every combination.</summary>
        public static AnalysisConfiguration InTurn(int index) => All[index % All.Count];

        public override string ToString() => $"{Shape} SDK, profile {Profile}, closed world {(ClosedWorld ? "on" : "off")}, options {(PerFileOptions ? "per file" : "global")}";
    }
}
