using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Peering.Rules.Profiles;
using Peering.Rules.Rules;

namespace Peering.Analyzers
{
    /// <summary>Reads the analysis options from .editorconfig / .globalconfig.</summary>
    internal static class PeeringOptions
    {
        public const string ProfileKey = "azure_peering.platform_profile";
        public const string ClosedWorldKey = "azure_peering.closed_world";

        public static AnalysisOptions Read(AnalyzerOptions options, SyntaxTree tree)
        {
            var config = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
            config.TryGetValue(ProfileKey, out var profileText);
            config.TryGetValue(ClosedWorldKey, out var closedWorldText);

            // An unrecognised profile falls back to the default rather than silencing the rules.
            PlatformProfiles.TryParse(profileText, out var profile);
            var closedWorld = bool.TryParse(closedWorldText?.Trim(), out var flag) && flag;
            return new AnalysisOptions(profile, closedWorld);
        }
    }
}
